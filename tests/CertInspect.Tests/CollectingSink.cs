using CertInspect.Evidence;

namespace CertInspect.Tests;

/// <summary>An evidence sink that keeps what readers give it, for assertions.</summary>
internal sealed class CollectingSink : IEvidenceSink
{
    public List<InventoryObservation> Observations { get; } = [];

    public List<InputError> Errors { get; } = [];

    public List<LocatedCertificate> Certificates { get; } = [];

    public List<CapturedDevice> Captures { get; } = [];

    public void Add(InventoryObservation observation) => Observations.Add(observation);

    public void AddCertificate(LocatedCertificate certificate) => Certificates.Add(certificate);

    public void AddCapture(CapturedDevice device) => Captures.Add(device);

    public void Reject(InputError inputError) => Errors.Add(inputError);
}

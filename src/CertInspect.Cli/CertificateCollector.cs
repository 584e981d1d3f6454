using CertInspect.Evidence;

namespace CertInspect.Cli;

/// <summary>Collects what inspect reads: certificates, --trust certificates and input errors; serial rows are not
/// certificates, so they are input errors here.</summary>
internal sealed class CertificateCollector : IEvidenceSink
{
    public List<LocatedCertificate> Certificates { get; } = [];

    public List<LocatedCertificate> Trusted { get; } = [];

    public List<InputError> Errors { get; } = [];

    public void Add(InventoryObservation observation) =>
        Errors.Add(new InputError(observation.Location, "not a certificate: inspect reads certificate files (use audit for serial lists)", observation.Text));

    public void AddCertificate(LocatedCertificate certificate) => Certificates.Add(certificate);

    // inspect reads no captures (InputReader gets no capture reader and reports them as input errors); the sink
    // contract still needs an answer.
    public void AddCapture(CapturedDevice device) =>
        Errors.Add(new InputError(new SourceLocation(device.Source, null), "a console capture: 'certinspect parse' shows what it describes"));

    public void Reject(InputError inputError) => Errors.Add(inputError);

    public IEvidenceSink ForTrust() => new TrustCollector(this);

    private sealed class TrustCollector(CertificateCollector owner) : IEvidenceSink
    {
        public void Add(InventoryObservation observation) => owner.Add(observation);

        public void AddCertificate(LocatedCertificate certificate) => owner.Trusted.Add(certificate);

        public void AddCapture(CapturedDevice device) => owner.AddCapture(device);

        public void Reject(InputError inputError) => owner.Reject(inputError);
    }
}

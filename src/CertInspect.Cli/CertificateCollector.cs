using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Fleet;

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

    public void AddCapture(CapturedDevice device)
    {
        // A capture describes certificates in text, with nothing to verify: parse shows them, audit rates them.
        if (!Errors.Exists(e => e.Location.Source == device.Source))
        {
            Errors.Add(new InputError(new SourceLocation(device.Source, null), "a console capture: 'certinspect parse' shows what it describes, 'certinspect audit' rates it"));
        }
    }

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

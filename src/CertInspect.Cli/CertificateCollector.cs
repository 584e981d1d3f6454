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

    // A console session that printed certificates as PEM ("show crypto pki certificates pem", a SUDI chain) gives
    // inspect those certificates; certificates described only in text have no DER to inspect.
    public void AddCapture(CapturedDevice device) => AddCaptured(device, Certificates);

    private void AddCaptured(CapturedDevice device, List<LocatedCertificate> into)
    {
        List<LocatedCertificate> encoded = device.Certificates.Where(c => !c.Certificate.Der.IsEmpty).ToList();
        if (encoded.Count == 0)
        {
            Errors.Add(new InputError(new SourceLocation(device.Source, null), "a console capture without PEM certificates: 'certinspect parse' shows what it describes"));
        }

        into.AddRange(encoded);
    }

    public void Reject(InputError inputError) => Errors.Add(inputError);

    public IEvidenceSink ForTrust() => new TrustCollector(this);

    private sealed class TrustCollector(CertificateCollector owner) : IEvidenceSink
    {
        public void Add(InventoryObservation observation) => owner.Add(observation);

        public void AddCertificate(LocatedCertificate certificate) => owner.Trusted.Add(certificate);

        public void AddCapture(CapturedDevice device) => owner.AddCaptured(device, owner.Trusted);

        public void Reject(InputError inputError) => owner.Reject(inputError);
    }
}

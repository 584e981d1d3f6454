using CertInspect.Evidence;

namespace CertInspect.Cli;

/// <summary>Collects what inspect reads: certificates, --trust certificates and input errors; serial rows are not
/// certificates, so they are input errors here.</summary>
internal sealed class CertificateCollector : IEvidenceSink
{
    public List<LocatedCertificate> Certificates { get; } = [];

    public List<LocatedCertificate> Trusted { get; } = [];

    public List<InputError> Errors { get; } = [];

    // A serial list's or an inventory's rows are no certificates: the file becomes one input error once read (see
    // Inventory), not one per row.
    public void Add(InventoryObservation observation)
    {
    }

    /// <summary>A source read as a serial list or an inventory is one input error, in place of its rows and their
    /// errors: inspect reads certificates.</summary>
    public void Inventory(string source, string kind, long rows)
    {
        Errors.RemoveAll(e => e.Location.Source == source);
        Errors.Add(new InputError(
            new SourceLocation(source, null),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a {(kind == "serial-list" ? "serial list" : "CSV inventory")} of {rows} {(rows == 1 ? "row" : "rows")}, not certificates: inspect reads certificate files; 'certinspect audit' reads serial lists and inventories")));
    }

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

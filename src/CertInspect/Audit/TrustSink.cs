using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Audit;

/// <summary>Reads --trust files into the chain pool: their certificates anchor chains and are never devices.</summary>
internal sealed class TrustSink(FleetBuilder builder) : IEvidenceSink
{
    public void Add(InventoryObservation observation) =>
        builder.Reject(new InputError(observation.Location, "a --trust file must hold CA certificates, not serials", observation.Text));

    public void AddCertificate(LocatedCertificate certificate) => builder.AddTrusted(certificate);

    public void AddCapture(CapturedDevice device) =>
        builder.Reject(new InputError(new SourceLocation(device.Source, null), "a --trust file must hold CA certificates, not a console capture"));

    public void Reject(InputError inputError) => builder.Reject(inputError);
}

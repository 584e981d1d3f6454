using CertInspect.Evidence;

namespace CertInspect.Dispatch;

/// <summary>What one small input gave, kept in order, to be handed to the real sink later: it lets small files be read
/// on another core while the fleet still receives everything in input order.</summary>
internal sealed class BufferedEvidence : IEvidenceSink
{
    private readonly List<object> _events = [];

    public void Add(InventoryObservation observation) => _events.Add(observation);

    public void AddCertificate(LocatedCertificate certificate) => _events.Add(certificate);

    public void AddCapture(CapturedDevice device) => _events.Add(device);

    public void Reject(InputError inputError) => _events.Add(inputError);

    public void ReplayInto(IEvidenceSink sink)
    {
        foreach (object item in _events)
        {
            switch (item)
            {
                case InventoryObservation observation:
                    sink.Add(observation);
                    break;
                case LocatedCertificate certificate:
                    sink.AddCertificate(certificate);
                    break;
                case CapturedDevice device:
                    sink.AddCapture(device);
                    break;
                case InputError error:
                    sink.Reject(error);
                    break;
            }
        }
    }
}

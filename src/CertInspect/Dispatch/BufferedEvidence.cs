using CertInspect.Evidence;

namespace CertInspect.Dispatch;

/// <summary>What one small input gave, kept in order, to be handed to the real sink later: it lets small files be read
/// on another core while the fleet still receives everything in input order.</summary>
internal sealed class BufferedEvidence : IEvidenceSink
{
    private readonly List<Action<IEvidenceSink>> _events = [];

    public void Add(InventoryObservation observation) => _events.Add(sink => sink.Add(observation));

    public void AddCertificate(LocatedCertificate certificate) => _events.Add(sink => sink.AddCertificate(certificate));

    public void AddCapture(CapturedDevice device) => _events.Add(sink => sink.AddCapture(device));

    public void Reject(InputError inputError) => _events.Add(sink => sink.Reject(inputError));

    public void ReplayInto(IEvidenceSink sink)
    {
        foreach (Action<IEvidenceSink> replay in _events)
        {
            replay(sink);
        }
    }
}

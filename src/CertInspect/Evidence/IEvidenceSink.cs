namespace CertInspect.Evidence;

/// <summary>
/// Where readers put what they read. Readers push into a sink instead of returning a list so that a million-row
/// inventory streams through without being held in memory.
/// </summary>
public interface IEvidenceSink
{
    void Add(InventoryObservation observation);

    /// <summary>A certificate read from an input file: a device's own, or a CA for chain building.</summary>
    void AddCertificate(LocatedCertificate certificate);

    /// <summary>A device a console capture describes: its identity, certificates described in text, logs, release.</summary>
    void AddCapture(CapturedDevice device);

    void Reject(InputError inputError);
}

namespace CertInspect.Fleet;

/// <summary>
/// Maps normalised serials to device slots. Serials of up to 12 characters of [0-9A-Z] (every date-coded one) are
/// packed into a long, so a million devices cost tens of megabytes instead of a million strings.
/// </summary>
internal sealed class SerialIndex
{
    private const int PackableLength = 12;

    private readonly Dictionary<long, int> _packed = [];
    private readonly Dictionary<string, int> _others = new(StringComparer.Ordinal);

    /// <summary>Adds the serial with the given slot, or returns false and the slot it already has.</summary>
    public bool TryAdd(string serial, int slot, out int existingSlot)
    {
        if (TryPack(serial, out long key))
        {
            if (_packed.TryAdd(key, slot))
            {
                existingSlot = slot;
                return true;
            }

            existingSlot = _packed[key];
            return false;
        }

        if (_others.TryAdd(serial, slot))
        {
            existingSlot = slot;
            return true;
        }

        existingSlot = _others[serial];
        return false;
    }

    // Base 37 with 0 reserved for "no character", so "0A" and "A" differ; 37^12 < 2^63.
    private static bool TryPack(string serial, out long key)
    {
        key = 0;
        if (serial.Length > PackableLength)
        {
            return false;
        }

        foreach (char c in serial)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0' + 1,
                >= 'A' and <= 'Z' => c - 'A' + 11,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            key = (key * 37) + digit;
        }

        return true;
    }
}

using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// Decides which captured devices are the same device and where each belongs: captured devices merge when they
/// share a serial, a MAC (stated, or in the CN of a certificate they described) or a name that is not a factory
/// default ("AP", "Router", rules data), or when their capture says they are one (<see cref="CapturedDevice.SameDeviceAs"/>); a group then joins
/// the inventory device with its serial, else its MAC, else its name (when one inventory device alone has it), else
/// the certificate-only device with its serial or MAC; the rest are devices of their own.
/// </summary>
internal sealed class CaptureJoin
{
    private readonly HashSet<string> _genericNames;

    public CaptureJoin(IEnumerable<string> genericHostNames) =>
        _genericNames = genericHostNames.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public Dictionary<int, CaptureGroup> BySlot { get; } = [];

    public Dictionary<int, CaptureGroup> ByCertificateGroup { get; } = [];

    public List<CaptureGroup> Alone { get; } = [];

    public void Join(
        IReadOnlyList<CapturedDevice> captured,
        IReadOnlyDictionary<CapturedDevice, List<DeviceCertificate>> certificates,
        IReadOnlyDictionary<CapturedDevice, List<DeviceCertificate>> cas,
        IReadOnlyList<(int Slot, string Serial, string? Mac, IReadOnlyList<string> Names)> inventory,
        IReadOnlyList<List<DeviceCertificate>> certificateOnly)
    {
        List<CaptureGroup> groups = Group(captured, certificates, cas);
        var memberGroup = new Dictionary<CapturedDevice, CaptureGroup>(ReferenceEqualityComparer.Instance);
        foreach (CaptureGroup group in groups)
        {
            foreach (CapturedDevice member in group.Members)
            {
                memberGroup[member] = group;
            }
        }

        foreach (CaptureGroup group in groups)
        {
            foreach (CapturedDevice member in group.Members.Where(m => m.Controller is not null))
            {
                CaptureGroup controller = memberGroup[member.Controller!];
                if (!ReferenceEquals(controller, group) && !group.Controllers.Exists(c => ReferenceEquals(c.Controller, controller)))
                {
                    group.Controllers.Add((controller, member));
                }
            }
        }

        var slotBySerial = new Dictionary<string, int>(StringComparer.Ordinal);
        var slotByMac = new Dictionary<string, int>(StringComparer.Ordinal);
        var slotByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ambiguousNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // A MAC or name that two rows give joins neither: which row came first must not decide the join.
        var ambiguousMacs = new HashSet<string>(StringComparer.Ordinal);
        foreach ((int slot, string serial, string? mac, IReadOnlyList<string> names) in inventory)
        {
            slotBySerial.TryAdd(serial, slot);
            if (mac is not null)
            {
                if (!slotByMac.TryAdd(mac, slot) && slotByMac[mac] != slot)
                {
                    ambiguousMacs.Add(mac);
                }
            }

            foreach (string name in names.Where(n => !_genericNames.Contains(n)))
            {
                if (!slotByName.TryAdd(name, slot) && slotByName[name] != slot)
                {
                    ambiguousNames.Add(name);
                }
            }
        }

        var certificateGroupBySerial = new Dictionary<string, int>(StringComparer.Ordinal);
        var certificateGroupByMac = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < certificateOnly.Count; i++)
        {
            foreach (DeviceCertificate certificate in certificateOnly[i])
            {
                if (certificate.Identity.Serial is { } serial)
                {
                    certificateGroupBySerial.TryAdd(serial, i);
                }

                if (certificate.Identity.Mac is { } mac)
                {
                    certificateGroupByMac.TryAdd(mac, i);
                }
            }
        }

        foreach (CaptureGroup group in groups)
        {
            // What the capture states first, then what the certificates it described say (a MIC's CN gives the MAC).
            var serials = group.Serials.Select(s => SerialNormalizer.Normalize(s.Value).Text)
                .Concat(group.Certificates.Select(c => c.Identity.Serial).OfType<string>()).ToList();
            var macs = group.Macs.Select(m => m.Value).Concat(group.Certificates.Select(c => c.Identity.Mac).OfType<string>()).ToList();
            // A row with the serial of another chassis of the stack or HA pair is the same device's, after its own serial.
            IEnumerable<string> memberSerials = group.MemberSerials.Select(s => SerialNormalizer.Normalize(s.Value).Text);
            int? slot = First(serials, slotBySerial) ?? First(memberSerials, slotBySerial) ?? First(macs.Where(m => !ambiguousMacs.Contains(m)), slotByMac)
                ?? First(group.Names.Select(n => n.Value).Where(n => !_genericNames.Contains(n) && !ambiguousNames.Contains(n)), slotByName);
            if (slot is { } s && !BySlot.ContainsKey(s))
            {
                BySlot.Add(s, group);
                continue;
            }

            int? certificateGroup = First(serials, certificateGroupBySerial) ?? First(macs, certificateGroupByMac);
            if (certificateGroup is { } c && !ByCertificateGroup.ContainsKey(c))
            {
                ByCertificateGroup.Add(c, group);
                continue;
            }

            Alone.Add(group);
        }
    }

    private static int? First(IEnumerable<string> keys, Dictionary<string, int> index)
    {
        foreach (string key in keys)
        {
            if (index.TryGetValue(key, out int found))
            {
                return found;
            }
        }

        return null;
    }

    // Union-find over the captured devices, keyed by what identifies a device; groups keep input order.
    private List<CaptureGroup> Group(IReadOnlyList<CapturedDevice> captured, IReadOnlyDictionary<CapturedDevice, List<DeviceCertificate>> certificates, IReadOnlyDictionary<CapturedDevice, List<DeviceCertificate>> cas)
    {
        int[] parent = Enumerable.Range(0, captured.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int i, int other)
        {
            int a = Find(i);
            int b = Find(other);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = new Dictionary<CapturedDevice, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < captured.Count; i++)
        {
            index[captured[i]] = i;
        }

        for (int i = 0; i < captured.Count; i++)
        {
            CapturedDevice device = captured[i];
            // The capture saw one device twice (a controller's output before its prompt, and the prompt).
            if (device.SameDeviceAs is { } same && index.TryGetValue(same, out int sameIndex))
            {
                Union(i, sameIndex);
            }

            IReadOnlyList<DeviceCertificate> own = certificates.GetValueOrDefault(device) ?? [];
            IEnumerable<string> keys = device.Serials.Concat(device.MemberSerials).Select(s => DeviceKey.ForSerial(SerialNormalizer.Normalize(s.Value).Text))
                .Concat(own.Select(c => c.Identity.Serial).OfType<string>().Select(DeviceKey.ForSerial))
                .Concat(device.Macs.Select(m => DeviceKey.ForMac(m.Value)))
                .Concat(own.Select(c => c.Identity.Mac).OfType<string>().Select(DeviceKey.ForMac))
                .Concat(device.Names.Where(n => !_genericNames.Contains(n.Value)).Select(n => DeviceKey.ForName(n.Value)))
                .Select(key => key.Text);
            foreach (string key in keys)
            {
                if (owners.TryGetValue(key, out int other))
                {
                    Union(i, other);
                }
                else
                {
                    owners.Add(key, i);
                }
            }
        }

        return Enumerable.Range(0, captured.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Key)
            .Select(g => new CaptureGroup(
                g.Select(i => captured[i]).ToList(),
                g.SelectMany(i => certificates.GetValueOrDefault(captured[i]) ?? []).ToList(),
                g.SelectMany(i => cas.GetValueOrDefault(captured[i]) ?? []).ToList()))
            .ToList();
    }
}

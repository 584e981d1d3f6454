using CertInspect.Reporting.Models;

namespace CertInspect.Reporting.Html;

/// <summary>
/// The most urgent devices of a stream, at most <c>limit</c> of them, in one pass and bounded memory: worst risk
/// first, then the earliest first end, then input order. A page that must stay small at a million devices lists
/// these; the full list is in the CSV, JSON and xlsx reports.
/// </summary>
internal static class WorstDevices
{
    public static (IReadOnlyList<DeviceReport> Devices, int Total) Select(IEnumerable<DeviceReport> devices, int limit)
    {
        // A min-heap of the kept devices: the least urgent sits on top and is the one a more urgent device replaces.
        var kept = new PriorityQueue<DeviceReport, Urgency>(limit + 1);
        int total = 0;
        foreach (DeviceReport device in devices)
        {
            var urgency = new Urgency((int)device.Risk, device.FirstEnd?.DayNumber ?? int.MaxValue, total);
            total++;
            if (kept.Count < limit)
            {
                kept.Enqueue(device, urgency);
            }
            else if (kept.TryPeek(out _, out Urgency least) && urgency.CompareTo(least) > 0)
            {
                kept.EnqueueDequeue(device, urgency);
            }
        }

        var ordered = new List<(DeviceReport Device, Urgency Urgency)>(kept.Count);
        while (kept.TryDequeue(out DeviceReport? device, out Urgency urgency))
        {
            ordered.Add((device, urgency));
        }

        ordered.Reverse();
        return ([.. ordered.Select(d => d.Device)], total);
    }

    // Greater is more urgent: a worse risk, then an earlier end, then earlier in the input.
    private readonly record struct Urgency(int Rank, int EndDay, int Index) : IComparable<Urgency>
    {
        public int CompareTo(Urgency other) =>
            Rank != other.Rank ? Rank.CompareTo(other.Rank)
            : EndDay != other.EndDay ? other.EndDay.CompareTo(EndDay)
            : other.Index.CompareTo(Index);
    }
}

using CertInspect.Facts;
using CertInspect.Fleet;
using CertInspect.Serials;

namespace CertInspect.Rules;

/// <summary>
/// What every rule's outcome may depend on for a device known only from one inventory row (the case contract, stated
/// on <see cref="IRule"/>): the model as written (messages quote it) with its family and type, the serial's week and
/// date code, the MIC end predicted from them, which values the row gives at all, and how many MACs and notes. Devices
/// of one case differ only in values rules never weigh (serial, factory code, key, name, MAC, site, the row, the
/// notes' text, extra columns): <see cref="CaseEvaluator"/> evaluates a stand-in holding marks in their place.
/// Every property of <see cref="DeviceRecord"/> is part of the case, marked in the stand-in, or keeps its device out of
/// cases (<see cref="Of"/>); CaseContractTests holds the list, and a new property fails it until it is classified.
/// </summary>
internal readonly record struct DeviceCase(
    string? Model,
    ModelFamily? Family,
    string? DeviceType,
    ManufactureWeek? Week,
    string? NotDateCodedReason,
    MicExpiryPrediction? Prediction,
    bool HasFactory,
    bool HasName,
    bool HasMac,
    int Macs,
    bool HasSite,
    int Notes)
{
    /// <summary>The case of a device whose findings can be filled in from its case's; null for any other device:
    /// certificates, captures, repeated rows, conflicting names or MACs, a key that is not its serial.</summary>
    public static DeviceCase? Of(DeviceRecord device)
    {
        if (device.Serial is not { } serial
            || device.Certificates.Count > 0
            || device.TrustedCas.Count > 0
            || device.Capture is not null
            || device.Rows.Count != 1
            || device.Occurrences.Count != 1
            || device.Names.Count > 1
            || device.Macs.Count > 1
            || device.CapturedSerials.Count > 0
            || device.CapturedMemberSerials.Count > 0
            || !device.Key.IsSerial(serial.Text)
            || (device.Model is { } model && model.Contains(CaseEvaluator.Mark, StringComparison.Ordinal)))
        {
            return null;
        }

        return new DeviceCase(
            device.Model,
            device.Family,
            device.DeviceType,
            serial.Manufactured,
            serial.NotDateCodedReason,
            device.PredictedMicExpiry,
            serial.Location is not null,
            device.Name is not null,
            device.Mac is not null,
            device.Macs.Count,
            device.Site is not null,
            device.Notes.Count);
    }

    // Written out: the generated members compare the week and the prediction through their records' equality, which
    // a million look-ups feel.
    public bool Equals(DeviceCase other) =>
        string.Equals(Model, other.Model, StringComparison.Ordinal)
        && Equals(Family, other.Family)
        && string.Equals(DeviceType, other.DeviceType, StringComparison.Ordinal)
        && SameWeek(Week, other.Week)
        && string.Equals(NotDateCodedReason, other.NotDateCodedReason, StringComparison.Ordinal)
        && Prediction?.Date == other.Prediction?.Date
        && Prediction?.UncertaintyDays == other.Prediction?.UncertaintyDays
        && (HasFactory, HasName, HasMac, Macs, HasSite, Notes) == (other.HasFactory, other.HasName, other.HasMac, other.Macs, other.HasSite, other.Notes);

    public override int GetHashCode() => HashCode.Combine(
        Model is null ? 0 : string.GetHashCode(Model, StringComparison.Ordinal),
        Week is { } week ? (week.Year * 64) + week.Week : -1,
        Prediction?.Date.DayNumber ?? -1,
        (HasFactory ? 1 : 0) | (HasName ? 2 : 0) | (HasMac ? 4 : 0) | (HasSite ? 8 : 0) | (Macs << 4) | (Notes << 8));

    private static bool SameWeek(ManufactureWeek? a, ManufactureWeek? b) =>
        a is null ? b is null : b is not null && a.Year == b.Year && a.YearCode == b.YearCode && a.Week == b.Week && a.Month == b.Month;
}

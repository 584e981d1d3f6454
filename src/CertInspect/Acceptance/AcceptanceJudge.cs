using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Acceptance;

/// <summary>
/// Reconciles a delivery with its purchase order and judges every unit against the policy. The order's serials and
/// the delivered devices are matched by normalised serial; a delivered unit is rejected by a finding of a listed rule
/// or at the listed severity, by too little MIC validity (on its certificate when the delivery has one, else on the
/// prediction from its serial), or by appearing more than once; an exception for its serial lifts a reason.
/// </summary>
public sealed class AcceptanceJudge(AcceptancePolicy policy)
{
    /// <summary>The pseudo-rule id exceptions use to lift the MIC-validity check.</summary>
    public const string MicValidityRule = "mic.validity";

    /// <summary>Values of the policy's "unjudged".</summary>
    public const string UnjudgedAccept = "accept";
    public const string UnjudgedReview = "review";
    public const string UnjudgedReject = "reject";

    private const string Everything = "*";
    private const string DuplicateRule = "serial.duplicate";

    public AcceptanceReceipt Judge(
        IReadOnlyList<string> expectedSerials,
        IReadOnlyList<InputError> expectedErrors,
        IEnumerable<DeviceReport> delivered,
        IReadOnlyList<InputError> deliveryErrors,
        IReadOnlyList<InputHash> inputs,
        ReceiptProvenance provenance,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(expectedSerials);
        ArgumentNullException.ThrowIfNull(expectedErrors);
        ArgumentNullException.ThrowIfNull(delivered);
        ArgumentNullException.ThrowIfNull(deliveryErrors);
        var expected = expectedSerials.ToHashSet(StringComparer.Ordinal);
        var units = new List<UnitVerdict>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (DeviceReport report in delivered)
        {
            string serial = report.Device.Serial?.Text ?? report.Device.Key.Text;
            seen.Add(serial);
            IReadOnlyList<string> sources = report.Device.Occurrences.Select(o => o.Location.ToString()).ToList();
            if (!expected.Contains(serial))
            {
                units.Add(new UnitVerdict(serial, UnitVerdict.Extra, ["delivered, not ordered"], null, "none", [], sources));
                continue;
            }

            units.Add(JudgeUnit(serial, report, sources));
        }

        units.AddRange(expected.Where(s => !seen.Contains(s))
            .Select(s => new UnitVerdict(s, UnitVerdict.Missing, ["ordered, not delivered"], null, "none", [], [])));
        // A row that is not a serial has no serial to list it under: the receipt quotes the row instead.
        units.AddRange(expectedErrors.Select(e => Malformed("order", e)).Concat(deliveryErrors.Select(e => Malformed("delivery", e))));

        List<UnitVerdict> ordered = [.. units.OrderBy(u => u.Serial, StringComparer.Ordinal).ThenBy(u => string.Join(",", u.Sources), StringComparer.Ordinal)];
        bool accepted = ordered.Count > 0 && ordered.All(u => u.Verdict == UnitVerdict.Accepted);
        return new AcceptanceReceipt(policy.Name, asOf, accepted, inputs, ordered) { Provenance = provenance };
    }

    private static UnitVerdict Malformed(string side, InputError error) => new(
        string.Empty,
        UnitVerdict.Malformed,
        [error.Text is null ? $"{side}: {error.Message}" : $"{side} row '{error.Text}': {error.Message}"],
        null,
        "none",
        [],
        [error.Location.ToString()]);

    private UnitVerdict JudgeUnit(string serial, DeviceReport report, IReadOnlyList<string> sources)
    {
        var reasons = new List<string>();
        var lifted = new List<string>();
        var judged = new HashSet<string>(StringComparer.Ordinal);
        Severity? threshold = policy.RejectSeverity is { } name && SeverityNames.TryParse(name, out Severity s) ? s : null;

        void Reject(string rule, string reason)
        {
            judged.Add(rule);
            AcceptanceWaiver? exception = policy.Exceptions.FirstOrDefault(e =>
                string.Equals(e.Serial, serial, StringComparison.OrdinalIgnoreCase)
                && (e.Rules.Contains(rule, StringComparer.Ordinal) || e.Rules.Contains(Everything, StringComparer.Ordinal)));
            if (exception is null)
            {
                reasons.Add(reason);
            }
            else
            {
                lifted.Add($"{rule}: {exception.Reason}");
            }
        }

        // Rule ids once per unit; one unit with several findings of a rule is one reason.
        foreach (Finding finding in report.Findings.DistinctBy(f => f.RuleId))
        {
            bool listed = policy.RejectRules.Contains(finding.RuleId, StringComparer.Ordinal);
            if (listed || (threshold is { } t && finding.Severity >= t))
            {
                Reject(finding.RuleId, $"{finding.RuleId} ({finding.Severity.ToName()}): {finding.Text}");
            }
        }

        int rows = report.Device.Occurrences.Count - report.Device.Certificates.Count;
        // Reconciliation rejects a unit delivered twice even when the policy does not list serial.duplicate.
        if (rows > 1 && !judged.Contains(DuplicateRule))
        {
            Reject(DuplicateRule, string.Create(CultureInfo.InvariantCulture, $"delivered {rows} times"));
        }

        (int? days, string judgedOn) = MicValidity(report.Device, report.AsOf);
        bool review = false;
        string? unjudged = null;
        if (policy.MinimumMicValidityDays is { } minimum)
        {
            if (days is { } left && left < minimum)
            {
                Reject(MicValidityRule, string.Create(CultureInfo.InvariantCulture, $"MIC validity {left} days, {minimum} required (judged on the {judgedOn})"));
            }
            else if (days is null)
            {
                unjudged = string.Create(CultureInfo.InvariantCulture, $"MIC validity not judged: no MIC or SUDI in the delivery and no prediction from the serial ({minimum} days required)");
            }
        }

        // The audit's risk "unjudged" is the same word: nothing could be checked on the unit, whatever the policy asks.
        if (unjudged is null && report.Risk == Risk.Unjudged)
        {
            unjudged = $"not judged: {report.Reason}";
        }

        if (unjudged is not null)
        {
            switch (policy.Unjudged)
            {
                case UnjudgedReject:
                    Reject(MicValidityRule, unjudged);
                    break;
                case UnjudgedAccept:
                    lifted.Add($"{MicValidityRule}: {unjudged}; the policy accepts unjudged units");
                    break;
                default:
                    review = true;
                    reasons.Add($"{unjudged}; the policy sends unjudged units to review");
                    break;
            }
        }

        string verdict = reasons.Count == 0 ? UnitVerdict.Accepted
            : review && reasons.Count == 1 ? UnitVerdict.Review
            : UnitVerdict.Rejected;
        return new UnitVerdict(serial, verdict, reasons, days, judgedOn, lifted, sources);
    }

    // The certificate wins over the prediction: the earliest end among the unit's MICs and SUDIs and their chains.
    private static (int? Days, string JudgedOn) MicValidity(DeviceRecord device, DateOnly asOf)
    {
        var identities = device.Certificates.Where(c => c.Role is CertificateRole.Mic or CertificateRole.Sudi).ToList();
        if (identities.Count > 0)
        {
            DateTimeOffset end = identities.Min(c => c.Chain.EffectiveEnd);
            return (DateOnly.FromDateTime(end.UtcDateTime).DayNumber - asOf.DayNumber, "certificate");
        }

        return device.PredictedMicExpiry is { } prediction ? (prediction.DaysLeft(asOf), "prediction") : (null, "none");
    }
}

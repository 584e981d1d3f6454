namespace CertInspect.Reporting.Models;

/// <summary>
/// One line of a receipt: an expected or delivered unit, its verdict (accepted, rejected, missing, extra, malformed),
/// the reasons, the MIC validity left and what it was judged on (certificate, prediction, none), the exceptions
/// applied, and where the unit appears in the inputs.
/// </summary>
public sealed record UnitVerdict(
    string Serial,
    string Verdict,
    IReadOnlyList<string> Reasons,
    int? MicDaysLeft,
    string MicJudgedOn,
    IReadOnlyList<string> ExceptionsApplied,
    IReadOnlyList<string> Sources)
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    /// <summary>Not judged on what the policy requires (MIC validity unknown): a person decides.</summary>
    public const string Review = "review";
    public const string Missing = "missing";
    public const string Extra = "extra";
    public const string Malformed = "malformed";
}

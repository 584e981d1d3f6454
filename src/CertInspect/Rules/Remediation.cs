namespace CertInspect.Rules;

/// <summary>
/// What to do about a finding, per controller platform; both texts are the same where the platforms do not differ.
/// In a finding, the other platform's text is null when the controller in use is known (see <see cref="ControllerInUse"/>).
/// </summary>
public sealed record Remediation(string? AireOs, string? Catalyst9800);

namespace CertInspect.Rules;

/// <summary>What to do about a finding, per controller platform; both texts are the same where the platforms do not differ.</summary>
public sealed record Remediation(string AireOs, string Catalyst9800);

using CertInspect.Certificates;

namespace CertInspect.Reporting.Models;

/// <summary>
/// What judged a delivery, so that a receipt can be reproduced or challenged later: the tool's version, the rules
/// data versions in force, and every trust anchor with its SHA-256.
/// </summary>
public sealed record ReceiptProvenance(string ToolVersion, IReadOnlyList<string> RulesVersions, IReadOnlyList<TrustAnchor> TrustAnchors)
{
    public static ReceiptProvenance Unknown { get; } = new("unknown", [], []);
}

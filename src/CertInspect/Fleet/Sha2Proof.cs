using CertInspect.Evidence;

namespace CertInspect.Fleet;

/// <summary>
/// The CSCur43050 check of the bug text as a capture shows it: "test pb display", then "show crypto pki trustpoints
/// | include SHA2". Only an AP that has a SHA2 parameter block and no valid SHA-2 certificate is affected.
/// </summary>
public sealed record Sha2Proof(Sha2ProofOutcome Outcome, string Explanation, IReadOnlyList<EvidenceLine> Evidence)
{
    /// <param name="sha2CaNames">The common names of the SHA-2 manufacturing CAs (rules data: ciscoCas).</param>
    public static Sha2Proof? From(ProofObservation? parameterBlock, IReadOnlyList<EvidenceLine>? trustpoints, EvidenceLine? trustpointCommand, IReadOnlyCollection<string> sha2CaNames)
    {
        ArgumentNullException.ThrowIfNull(sha2CaNames);
        EvidenceLine? sha2Line = trustpoints?.FirstOrDefault(l => sha2CaNames.Any(n => l.Text.Contains(n, StringComparison.OrdinalIgnoreCase)));
        if (parameterBlock is { Present: false })
        {
            return new(Sha2ProofOutcome.NotAffected, "'test pb display' shows no SHA2 parameter block records: no SHA-2 MIC was programmed", parameterBlock.Evidence);
        }

        if (sha2Line is not null)
        {
            return new(Sha2ProofOutcome.NotAffected, $"'show crypto pki trustpoints' shows {sha2Line.Text}: the AP has a valid SHA-2 certificate", [.. parameterBlock?.Evidence ?? [], sha2Line]);
        }

        if (trustpoints is not null && trustpointCommand is not null)
        {
            IReadOnlyList<EvidenceLine> shown = trustpoints.Count == 0 ? [trustpointCommand] : [trustpointCommand, .. trustpoints.Take(3)];
            return parameterBlock is { Present: true }
                ? new(Sha2ProofOutcome.Affected, "'test pb display' shows a SHA2 parameter block and 'show crypto pki trustpoints' shows no SHA-2 manufacturing CA: the SHA-2 MIC is the defective one", [.. parameterBlock.Evidence, .. shown])
                : new(Sha2ProofOutcome.Incomplete, "'show crypto pki trustpoints' shows no SHA-2 manufacturing CA, but without 'test pb display' that may only mean the AP has a SHA-1 MIC alone", shown);
        }

        return parameterBlock is { Present: true }
            ? new(Sha2ProofOutcome.Incomplete, "'test pb display' shows a SHA2 parameter block; 'show crypto pki trustpoints | include SHA2' decides, and the capture does not have it", parameterBlock.Evidence)
            : null;
    }
}

using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Audit;

/// <summary>Makes capture readers for a rule set: the reader gets the facts it uses and the log lines worth keeping.</summary>
public static class CaptureReaders
{
    /// <summary>A reader that keeps the log lines the enabled log-signature rules look for.</summary>
    public static CaptureReader For(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        IEnumerable<string> logPatterns = rules.CreateRules().OfType<LogSignatureRule>().SelectMany(r => r.LinePatterns);
        return new CaptureReader(rules.Facts.Captures, rules.Facts.CiscoCas, logPatterns, Decode, rules.Facts.ModelFamilies);
    }

    private static (CertificateFacts? Certificate, string? Error) Decode(ReadOnlyMemory<byte> der)
    {
        CertificateDecoding decoding = CertificateDecoder.Decode(der);
        return (decoding.Certificate, decoding.Error);
    }
}

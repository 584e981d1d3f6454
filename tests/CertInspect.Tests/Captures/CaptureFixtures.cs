using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Dispatch;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

/// <summary>Reading a capture as the audit reads a file: sniffed for how it was pasted, then read.</summary>
internal static class CaptureFixtures
{
    public static CaptureReport ReadAsAuditDoes(string text, string name = "capture.txt")
    {
        DetectedContent content = ContentSniffer.Sniff(System.Text.Encoding.UTF8.GetBytes(text));
        return CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), name, content.Paste);
    }

    public static CaptureReport ReadField(string fixture) => ReadAsAuditDoes(File.ReadAllText(TestData.Path("field", fixture)), fixture);

    public static CapturedDevice Named(CaptureReport report, string name) =>
        Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == name));
}

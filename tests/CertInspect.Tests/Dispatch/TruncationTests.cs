using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Dispatch;
using CertInspect.Inputs;

namespace CertInspect.Tests.Dispatch;

/// <summary>
/// Truncation at every structural boundary, by cutting one fixture of each reader family at every byte: every ASN.1
/// header and content boundary, every PEM line, every CSV field, quote and record boundary, every capture line, every
/// byte of a workbook's zip.
/// Each cut file is read through the audit's reader: nothing throws, and it leaves a trace (a device, a row, a
/// certificate or an input error).
/// </summary>
public sealed class TruncationTests
{
    private static readonly CaptureReader _captures = CaptureReaders.For(BuiltInRules.Set);

    [Theory]
    [InlineData("certs/aps/ap1g4-mic.der")]
    [InlineData("certs/aps/sudi-ecdsa.pem")]
    [InlineData("certs/containers/chain.p7b")]
    [InlineData("certs/containers/ap-no-password.p12")]
    [InlineData("sample-fleet/inventory.csv")]
    [InlineData("inventories/fleet-two-sheets.xlsx")]
    [InlineData("sample-fleet/spares.txt")]
    [InlineData("sample-fleet/captures/wlc-hq-session.txt")]
    [InlineData("field/switch-cdp-neighbors.txt")]
    [InlineData("field/openssl-text-two-certificates.txt")]
    [InlineData("field/ticket-quoted-sudi.md")]
    [InlineData("field/wlc-9800-ap-config-lsc.txt")]
    // Issue 27's readers and paste styles.
    [InlineData("field/router-running-config-pki-hex.txt")]
    [InlineData("field/ansible-stdout-lines.json")]
    [InlineData("field/python-comment-ap-uptime.py")]
    [InlineData("field/python-list-cdp-neighbors.py")]
    [InlineData("field/wlc-ap-cdp-neighbors.txt")]
    [InlineData("field/switch-boot-pnp-udi.txt")]
    [InlineData("field/openssl-subject-dates.md")]
    [InlineData("field/ap-summary-rows-joined.txt")]
    [InlineData("field/snmp-trap.json")]
    [InlineData("field/product-catalogue.csv")]
    [InlineData("field/collector-host-prefixed-cdp.txt")]
    public void Read_CutAtEveryByte_NeverThrowsAndLeavesATrace(string fixture)
    {
        byte[] original = File.ReadAllBytes(TestData.Path(fixture.Split('/')));
        for (int length = 0; length <= original.Length; length++)
        {
            byte[] cut = original[..length];
            var sink = new CollectingSink();

            InputReader.Read(new InputSource(fixture, () => new MemoryStream(cut)), sink, _ => null, _captures);

            Assert.True(
                sink.Observations.Count + sink.Certificates.Count + sink.Captures.Count + sink.Errors.Count > 0,
                $"{fixture} cut at byte {length} left no trace");
        }
    }
}

using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;
using CertInspect.Tests.Certificates;

namespace CertInspect.Tests.Rules.Kinds;

public sealed class IdentityConflictRuleTests
{
    private static readonly RuleEngine _engine = new(BuiltInRules.Set);

    [Fact]
    public void Rows_GivingTwoNamesAndTwoMacs_AreConflictsNotSilentChoices()
    {
        DeviceRecord device = Assert.Single(CertificateDevices.All([], inventory:
        [
            Row(2, "FOC1837X1Y2", "HQ-LOBBY-01", "00:11:22:33:44:01"),
            Row(9, "foc1837x1y2", "hq-lobby-01", "0011.2233.4401"),
            Row(12, "FOC1837X1Y2", "BR2-AP02", "aabb.cc00.0102"),
        ]));

        IReadOnlyList<Finding> findings = _engine.Evaluate(device, Devices.At("2026-11-21"));

        // Names compare without case and MACs after normalisation: only real differences are conflicts.
        Assert.Equal(["HQ-LOBBY-01", "BR2-AP02"], device.Names);
        Assert.Equal(["00:11:22:33:44:01", "aa:bb:cc:00:01:02"], device.Macs);
        Assert.Contains("Serial FOC1837X1Y2 is named 'HQ-LOBBY-01' and 'BR2-AP02'.", Assert.Single(findings, f => f.RuleId == "identity.two-names").Message, StringComparison.Ordinal);
        Finding macs = Assert.Single(findings, f => f.RuleId == "identity.serial-on-two-macs");
        Assert.Equal(Severity.Medium, macs.Severity);
        Assert.Contains("comes with the MACs 00:11:22:33:44:01 and aa:bb:cc:00:01:02", macs.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_JoinedByMacWithAnotherSerial_IsASwappedUnit()
    {
        // The SUDI says SN:FGL2131A3JS; the inventory row with its MAC says FCW2147A1B2.
        DeviceRecord device = Assert.Single(CertificateDevices.All(["aps/sudi-ecdsa.pem"], inventory: [Row(2, "FCW2147A1B2", "AP-Y", "00:aa:bb:cc:dd:01")]));

        Finding finding = Assert.Single(_engine.Evaluate(device, Devices.At("2026-11-21")), f => f.RuleId == "identity.serial-mismatch");

        Assert.Contains("names serial FGL2131A3JS, but joined the inventory row of FCW2147A1B2 by its MAC 00:aa:bb:cc:dd:01", finding.Message, StringComparison.Ordinal);
        Assert.Equal("aps/sudi-ecdsa.pem", Assert.Single(finding.Evidence).Location.Source);
    }

    [Fact]
    public void Certificate_StatingAnotherFamily_IsAModelMismatch()
    {
        // The SUDI says PID:AIR-AP2802I-E-K9 (Aironet 2800); the inventory row of its serial says a 2600.
        InventoryObservation row = new(new SourceLocation("inv.csv", 2), "row", "FGL2131A3JS", "BR-03", "AIR-CAP2602I-E-K9", null, null, []);
        DeviceRecord device = Assert.Single(CertificateDevices.All(["aps/sudi-ecdsa.pem"], inventory: [row]));

        Finding finding = Assert.Single(_engine.Evaluate(device, Devices.At("2026-11-21")), f => f.RuleId == "identity.model-mismatch");

        Assert.Contains("The inventory says AIR-CAP2602I-E-K9 (Aironet 2600 Series); the SUDI AIR-AP2802I-E-K9-00aabbccdd01 says AIR-AP2802I-E-K9 (Aironet 2800 Series).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsistentEvidence_HasNoConflict()
    {
        DeviceRecord device = Assert.Single(CertificateDevices.All(["aps/sudi-ecdsa.pem"], inventory: [Row(2, "FGL2131A3JS", "BR-03", "00:AA:BB:CC:DD:01")]));

        Assert.DoesNotContain(_engine.Evaluate(device, Devices.At("2026-11-21")), f => f.RuleId.StartsWith("identity.", StringComparison.Ordinal));
    }

    private static InventoryObservation Row(long line, string serial, string name, string mac) =>
        new(new SourceLocation("inv.csv", line), "row", serial, name, null, mac, null, []);
}

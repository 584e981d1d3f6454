using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;
using CertInspect.Tests.Certificates;

namespace CertInspect.Tests.Rules.Kinds;

/// <summary>Each certificate rule on the fixture that should fire it, and on one that should not.</summary>
public sealed class CertificateRulesTests
{
    private static readonly RuleEngine _engine = new(BuiltInRules.Set);

    [Theory]
    [InlineData("aps/c1130-mic-expired.pem", "2026-11-21", "mic.expired", Severity.Critical, "expired on 2016-09-26 10:19:50 UTC, 3708 days before 2026-11-21")]
    [InlineData("aps/controller-2504.pem", "2026-11-21", "controller.cert-expired", Severity.Critical, "The controller's MIC AIR-CT2504-K9-00211bfe58c0 expired on 2025-10-04")]
    [InlineData("aps/ap1g4-mic.der", "2026-11-21", "mic.expiring", Severity.High, "expires on 2027-01-20 08:10:00 UTC, in 60 days")]
    [InlineData("aps/ap1g4-mic.der", "2026-06-01", "mic.expiring", Severity.Medium, "in 233 days")]
    [InlineData("aps/c1240-ssc.pem", "2026-11-21", "ssc.expired", Severity.Critical, "The SSC C1240-00aabbccddee expired on 2020-01-01")]
    [InlineData("aps/ap3g3-not-yet-valid.pem", "2026-11-21", "cert.not-yet-valid", Severity.High, "is not valid before 2030-01-01 00:00:00 UTC")]
    [InlineData("violations/t61-name.der", "2026-11-21", "cert.nonconformant", Severity.Low, "subject CN: T61String")]
    [InlineData("broken/bad-signature.pem", "2026-11-21", "chain.bad-signature", Severity.High, "the signature on AP1G4-0011223344ff does not verify under CN=Cisco Manufacturing CA SHA2")]
    [InlineData("aps/c1130-mic-expired.pem", "2026-11-21", "chain.sha1", Severity.Low, "(Cisco Root CA 2048 <- Cisco Manufacturing CA <- C1130-001122aabbcc) is signed with sha1")]
    [InlineData("aps/c2600-dual-mic.pem", "2026-11-21", "mic.sha1-and-sha2", Severity.Medium, "holds a SHA-1 MIC (issued by Cisco Manufacturing CA) and a SHA-2 MIC")]
    [InlineData("aps/c2600-dual-mic.pem", "2026-11-21", "cscur43050.sha2-mic-invalid", Severity.High, "does not verify under Cisco Manufacturing CA SHA2")]
    [InlineData("aps/ap1g4-mic.der", "2037-01-01", "ca.expiring", Severity.Medium, "Cisco Manufacturing CA SHA2, a CA above the MIC AP1G4-94D469F82DE8, ends on 2037-11-12 13:00:17 UTC")]
    [InlineData("aps/c1130-mic-expired.pem", "2029-06-01", "ca.expiring", Severity.Critical, "Cisco Manufacturing CA, a CA above the MIC C1130-001122aabbcc, ended on 2029-05-14 20:25:42 UTC")]
    public void Evaluate_FiresOnItsFixture(string fixture, string asOf, string rule, Severity severity, string message)
    {
        DeviceRecord device = CertificateDevices.One(fixture);

        Finding finding = Assert.Single(_engine.Evaluate(device, Devices.At(asOf)), f => f.RuleId == rule);

        Assert.Equal(severity, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.Equal(fixture, Assert.Single(finding.Evidence).Location.Source);
    }

    [Theory]
    [InlineData("aps/ap1g4-mic.der", "mic.expired")]
    [InlineData("aps/c1130-mic-expired.pem", "mic.expiring")]
    [InlineData("aps/c1130-mic-expired.pem", "ssc.expired")]
    [InlineData("aps/ap1g4-mic.der", "cert.not-yet-valid")]
    [InlineData("aps/ap1g4-mic.der", "cert.nonconformant")]
    [InlineData("aps/ap1g4-mic.der", "chain.bad-signature")]
    [InlineData("aps/ap1g4-mic.der", "chain.sha1")]
    [InlineData("aps/ap1g4-mic.der", "chain.incomplete")]
    [InlineData("aps/sudi-ecdsa.pem", "ca.expiring")]
    [InlineData("aps/c1130-mic-expired.pem", "mic.sha1-and-sha2")]
    [InlineData("aps/ap1g4-mic.der", "cscur43050.sha2-mic-invalid")]
    [InlineData("aps/c1130-mic-expired.pem", "cscur43050.sha2-mic-invalid")]
    [InlineData("aps/c1240-ssc.pem", "chain.sha1")]
    public void Evaluate_DoesNotFireOnOthers(string fixture, string rule) =>
        Assert.DoesNotContain(_engine.Evaluate(CertificateDevices.One(fixture), Devices.At("2026-11-21")), f => f.RuleId == rule);

    [Fact]
    public void ChainIncomplete_WithoutTheCas_IsInfoAndCaEndComesFromTheData()
    {
        DeviceRecord device = CertificateDevices.One("aps/c1130-mic-expired.pem", withCas: false);
        IReadOnlyList<Finding> findings = _engine.Evaluate(device, Devices.At("2028-12-01"));

        Finding incomplete = Assert.Single(findings, f => f.RuleId == "chain.incomplete");
        Assert.Equal(Severity.Info, incomplete.Severity);
        Assert.Contains("is not among the certificates given", incomplete.Message, StringComparison.Ordinal);
        Finding ca = Assert.Single(findings, f => f.RuleId == "ca.expiring");
        Assert.Equal(Severity.Medium, ca.Severity);
        Assert.Contains("Cisco Manufacturing CA, a CA above the MIC C1130-001122aabbcc, ends on 2029-05-14 20:25:42 UTC (date from the rules data", ca.Message, StringComparison.Ordinal);
        // What is known of the chain (the leaf's own signature) is SHA-1 only, and the message names only that part.
        Assert.Contains("(C1130-001122aabbcc) is signed with sha1", Assert.Single(findings, f => f.RuleId == "chain.sha1").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aps/mixed-chain.pem", true)]
    [InlineData("aps/c1130-mic-expired.pem", false)]
    [InlineData("aps/ap1g4-mic.der", false)]
    public void ChainMixed_FiresWhenSha1AndSha2MeetInOneChain(string fixture, bool fires)
    {
        IReadOnlyList<Finding> findings = _engine.Evaluate(CertificateDevices.One(fixture), Devices.At("2026-11-21"));

        Assert.Equal(fires, findings.Any(f => f.RuleId == "chain.mixed"));
        if (fires)
        {
            Assert.Contains("is signed with sha1 and sha256", findings.Single(f => f.RuleId == "chain.mixed").Message, StringComparison.Ordinal);
            Assert.DoesNotContain(findings, f => f.RuleId == "chain.sha1");
        }
    }

    [Fact]
    public void Prediction_GivesWayToTheRealMic_AndAMissIsReported()
    {
        // FOC1837X1Y2 predicts a MIC end around 2024-09-10; the MIC joined by MAC ends 2027-01-20: another unit's.
        InventoryObservation row = new(new SourceLocation("inv.csv", 2), "row", "FOC1837X1Y2", "AP-X", "AIR-AP1832I-E-K9", "94:d4:69:f8:2d:e8", null, []);
        DeviceRecord device = Assert.Single(CertificateDevices.All(["aps/ap1g4-mic.der"], inventory: [row]));

        IReadOnlyList<Finding> findings = _engine.Evaluate(device, Devices.At("2026-11-21"));

        Assert.DoesNotContain(findings, f => f.RuleId == "mic.predicted-expiry");
        Assert.Contains(findings, f => f.RuleId == "mic.expiring");
        Finding miss = Assert.Single(findings, f => f.RuleId == "identity.prediction-mismatch");
        Assert.Contains("ends 2027-01-20 08:10:00 UTC, 862 days after the end predicted from serial FOC1837X1Y2 (2024-09-10)", miss.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prediction_WithinTheTolerance_IsNoMismatch()
    {
        // FCW2103C1D2 predicts 2027-01-15; its MIC ends 2027-01-20.
        InventoryObservation row = new(new SourceLocation("inv.csv", 2), "row", "FCW2103C1D2", "BR-06", "AIR-AP1832I-E-K9", "94D4.69F8.2DE8", null, []);
        DeviceRecord device = Assert.Single(CertificateDevices.All(["aps/ap1g4-mic.der"], inventory: [row]));

        Assert.DoesNotContain(_engine.Evaluate(device, Devices.At("2026-11-21")), f => f.RuleId is "identity.prediction-mismatch" or "mic.predicted-expiry");
    }
}

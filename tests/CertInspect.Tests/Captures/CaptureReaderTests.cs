using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Evidence;
using CertInspect.Rules;

namespace CertInspect.Tests.Captures;

public sealed class CaptureReaderTests
{
    private static readonly RuleSet Rules = RuleSetLoader.LoadBuiltIn();

    public static TheoryData<string> Captures() =>
        [.. Directory.GetFiles(TestData.Path("captures"), "*.txt").Concat(Directory.GetFiles(TestData.Path("sample-fleet", "captures"))).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Captures))]
    public void Read_AccountsForEveryLine(string file)
    {
        string text = File.ReadAllText(Locate(file));
        CaptureReport report = Read(text, file);

        Assert.Equal(text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0), report.Lines);
        Assert.Equal(report.Lines, report.LineCounts.Values.Sum());
        Assert.Equal(report.LineCounts[LineCategory.Unrecognised], report.Diagnostics.Count(d => d.Message.StartsWith("not recognised", StringComparison.Ordinal)));
        Assert.Contains(report.Devices, d => d.HasEvidence);
    }

    [Fact]
    public void Read_PkiCertificates_GivesEveryField()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "ap-expired-mic-fn63942.txt")), "fn63942");
        CapturedDevice ap = Assert.Single(report.Devices);
        Assert.Equal(DeviceRole.AccessPoint, ap.Role);
        Assert.Equal("FGL1641Z7QX", Assert.Single(ap.Serials).Value);
        Assert.Equal(2, ap.Certificates.Count);

        CertificateFacts ca = ap.Certificates[0].Certificate;
        Assert.True(ca.IsCa);
        Assert.Equal("6A6967B3000000000003", ca.SerialHex);
        Assert.Equal(new DateTimeOffset(2029, 5, 14, 20, 25, 42, TimeSpan.Zero), ca.NotAfter);
        Assert.Equal("sha1WithRSAEncryption (from the rules data for this CA)", ca.SignatureAlgorithm.Name);

        CertificateFacts mic = ap.Certificates[1].Certificate;
        Assert.Equal("show crypto pki certificates", mic.TextSource);
        Assert.Equal("EMAIL=support@cisco.com,CN=C2600-001122339901,O=Cisco Systems,L=San Jose,ST=California,C=US".Replace("EMAIL", "emailAddress", StringComparison.Ordinal), mic.Subject.Rfc4514);
        Assert.Equal("CN=Cisco Manufacturing CA,O=Cisco Systems", mic.Issuer.Rfc4514);
        Assert.Equal(new DateTimeOffset(2012, 10, 13, 7, 21, 37, TimeSpan.Zero), mic.NotBefore);
        Assert.Equal(new DateTimeOffset(2022, 10, 13, 7, 31, 37, TimeSpan.Zero), mic.NotAfter);
        Assert.True(mic.SignatureAlgorithm.IsSha1);
        Assert.Equal(["http://www.cisco.com/security/pki/crl/cmca.crl"], mic.CrlDistributionPoints);
        Assert.Contains(mic.TextFields, f => f.Key == "associated trustpoints" && f.Value == "Cisco_IOS_MIC_cert");
        Assert.Equal(14, ap.Certificates[0].Location.Line);
        // The two signature lines and the three AP-only messages that make the log an AP's (two DTLS requests, ...).
        Assert.Equal(5, ap.LogLines.Count);
    }

    [Fact]
    public void Read_VerboseWithoutIndentation_GivesMultiValuedNamesFingerprintsAndAmbiguousTimes()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "ap-verbose-time-zones.txt")), "verbose");
        CapturedDevice ap = Assert.Single(report.Devices);
        CertificateFacts ssc = ap.Certificates[0].Certificate;
        Assert.Equal(CertificateRole.SelfSigned, ssc.StatedRole);
        Assert.Equal("15", ssc.SerialHex);
        Assert.Equal(2, ssc.Subject.Rdns.First(r => r.Count > 1).Count);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), ssc.NotAfter);
        Assert.Equal("md5WithRSAEncryption", ssc.SignatureAlgorithm.Name);
        Assert.Equal("0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9:0A:1B:2C:3D", ssc.Sha1Fingerprint);
        Assert.Equal(1024, ssc.PublicKey.Bits);
        Assert.Empty(ssc.AmbiguousTimes);

        CertificateFacts lsc = ap.Certificates[1].Certificate;
        Assert.Equal(2, lsc.AmbiguousTimes.Count);
        Assert.Contains(lsc.TextFields, f => f.Key == "renew date");
        Assert.Equal("CN=LAB-AP-12-lsc,O=Example Lab,OU=Wireless+OU=Lab", lsc.Subject.Rfc4514);
    }

    [Fact]
    public void Read_ControllerSession_TiesApsToTheController()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "wlc-aireos-8.0.txt")), "wlc");
        CapturedDevice controller = report.Devices[0];
        Assert.Equal(DeviceRole.Controller, controller.Role);
        Assert.Equal("8.0.100.0", controller.Release?.Value);
        Assert.Equal(["Cisco SHA1 device cert", "Cisco SHA2 device cert"], controller.Certificates.Select(c => c.Certificate.TextFields.Single(f => f.Key == "certificate name").Value));
        Assert.Equal(["sha1WithRSAEncryption", "sha256WithRSAEncryption"], controller.Certificates.Select(c => c.Certificate.SignatureAlgorithm.Name));
        Assert.Equal(new DateTimeOffset(2025, 10, 4, 5, 15, 4, TimeSpan.Zero), controller.Certificates[1].Certificate.NotAfter);

        var aps = report.Devices.Where(d => d.Controller == controller).ToList();
        Assert.Equal(["HQ-LOBBY-01", "HQ-FLOOR2-01", "TestAP"], aps.Select(a => a.Context));
        Assert.Equal("FOC1837X1Y2", Assert.Single(aps[0].Serials).Value);
        Assert.Equal("00:11:22:33:44:01", Assert.Single(aps[0].Macs).Value);
        Assert.Contains("Manufacture Installed", Assert.Single(aps[1].Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_9800ConfigGeneral_DescribesTheApCertificate()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "wlc-9800.txt")), "9800");
        CapturedDevice ap = report.Devices.Single(d => d.Context == "BR-03");
        LocatedCertificate certificate = Assert.Single(ap.Certificates);
        Assert.Equal(CertificateRole.Mic, certificate.Certificate.StatedRole);
        Assert.Equal("High Assurance SUDI CA", certificate.Certificate.Issuer.CommonName);
        Assert.Equal(new DateTimeOffset(2099, 8, 9, 20, 58, 26, TimeSpan.Zero), certificate.Certificate.NotAfter);
        Assert.False(certificate.Certificate.HasNotBefore);
        Assert.Equal("FGL2131A3JS", Assert.Single(ap.Serials).Value);
        Assert.Equal("TTM2323047X", Assert.Single(report.Devices[0].Serials).Value);
    }

    [Fact]
    public void Read_HeaderlessOutput_IsRecognisedByItsShape()
    {
        CaptureReport report = Read("Certificate\n  Status: Available\n  Issuer:\n    cn=Cisco Manufacturing CA\n  Subject:\n    cn=C1130-001122aabbcc\n  Validity Date:\n    start date: 10:09:50 UTC Sep 26 2006\n    end   date: 10:19:50 UTC Sep 26 2016\n", "paste");

        CapturedDevice device = Assert.Single(report.Devices);
        Assert.Equal(string.Empty, device.Context);
        Assert.Single(device.Certificates);
        Assert.Null(Assert.Single(report.Commands).Typed);
    }

    [Fact]
    public void Read_SeedRunTogetherLog_KeepsEachSignatureMessage()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "ap-cscur43050-affected.txt")), "seed");
        CapturedDevice ap = Assert.Single(report.Devices);

        Assert.Contains(ap.LogLines, l => l.Text.EndsWith("Peer certificate verification failed FFFFFFFF", StringComparison.Ordinal));
        Assert.Contains(ap.LogLines, l => l.Text.Contains("AP has SHA2 MIC certificate", StringComparison.Ordinal));
        Assert.True(ap.Sha2ParameterBlock?.Present);
        Assert.Empty(ap.TrustpointLines!);
        Assert.Equal(13, ap.TrustpointCommand?.Location.Line);
    }

    [Fact]
    public void Read_MostlyUnreadableText_ListsAtMostTheLimitAndCountsTheRest()
    {
        string text = "AP-Z#show version\nCisco IOS Software, C2600 Software (AP3G2-K9W8-M), Version 15.3(3)JA\nAP-Z#\n"
            + string.Concat(Enumerable.Range(0, 25_000).Select(i => $"noise {i}\n"));

        CaptureReport report = Read(text, "noise");

        Assert.Equal(25_003, report.Lines);
        Assert.Equal(25_000, report.LineCounts[LineCategory.Unrecognised]);
        Assert.Equal(10_001, report.Diagnostics.Count);
        Assert.Equal("15000 more diagnostics and 0 more commands are not listed (at most 10000 of each)", report.Diagnostics[^1].Message);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Read_ShuffledTruncatedDuplicatedLines_NeverThrowsAndAccountsForEveryLine(string file)
    {
        string[] lines = File.ReadAllText(Locate(file)).Split('\n');
        var random = new Random(43050);
        for (int mutant = 0; mutant < 200; mutant++)
        {
            List<string> mutated = [.. lines];
            switch (mutant % 4)
            {
                case 0:
                    mutated = [.. mutated.OrderBy(_ => random.Next())];
                    break;
                case 1:
                    mutated = mutated.Take(random.Next(mutated.Count + 1)).ToList();
                    if (mutated.Count > 0)
                    {
                        string last = mutated[^1];
                        mutated[^1] = last[..random.Next(last.Length + 1)];
                    }

                    break;
                case 2:
                    int at = random.Next(mutated.Count);
                    mutated.InsertRange(at, mutated.Skip(at).Take(random.Next(1, 6)).ToList());
                    break;
                default:
                    int from = random.Next(mutated.Count);
                    mutated.RemoveRange(from, Math.Min(random.Next(1, 4), mutated.Count - from));
                    break;
            }

            string text = string.Join('\n', mutated);
            CaptureReport report = Read(text, file);
            Assert.Equal(report.Lines, report.LineCounts.Values.Sum());
            Assert.Equal(text.Length == 0 ? 0 : text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0), report.Lines);
        }
    }

    private static CaptureReport Read(string text, string source) => CaptureReaders.For(Rules).Read(new StringReader(text), source);

    private static string Locate(string file) =>
        File.Exists(TestData.Path("captures", file)) ? TestData.Path("captures", file) : TestData.Path("sample-fleet", "captures", file);
}

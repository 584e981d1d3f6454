using CertInspect.Facts;
using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules;

public sealed class RuleSetLoaderTests : IDisposable
{
    private readonly TempFile _file = TempFile.Reserve(".json");

    private string RulesPath => _file.Path;

    [Fact]
    public void LoadBuiltIn_HasTheStableRuleIdsAndCitesOnlyDefinedSources()
    {
        RuleSet set = RuleSetLoader.LoadBuiltIn();

        Assert.Equal(
            [
                "serial.not-date-coded", "serial.undocumented-week", "serial.duplicate", "cscur43050.window", "fn63916.wider-window", "mic.predicted-expiry", "controller.mic-predicted-expiry", "fn72524.image-signing",
                "mic.expired", "mic.expiring", "ssc.expired", "web.cert-expired", "cert.ended-not-wireless", "cert.other-ended", "lsc.expired", "lsc.expiring", "cert.not-yet-valid", "cert.nonconformant", "chain.incomplete",
        "chain.bad-signature", "chain.impostor-ca", "chain.sha1", "chain.mixed", "ca.expiring", "trusted.ca-ends", "trusted.ca-md5", "trusted.ca-sha1", "mic.sha1-and-sha2", "cscur43050.sha2-mic-invalid",
        "identity.prediction-mismatch", "identity.two-names", "identity.serial-on-two-macs", "identity.serial-mismatch",
        "identity.model-mismatch", "identity.capture-serial-mismatch",
        "cscur43050.confirmed",
        "cscur43050.ruled-out",
        "cscur43050.trigger-release",
        "cscur43050.controller-release",
        "controller.cert-expired",
        "controller.cert-expiring",
        "cert.ambiguous-time",
        "controller.ap-not-joined",
        "log.ap-certificate-rejected", "log.controller-certificate-rejected",
        "log.controller-certificate-expired", "log.ap-certificate-expired", "log.unnamed-ap-certificate-expired", "log.mic-not-verified",
        "log.cscur43050",
        "log.dtls-no-answer",
        "log.dtls-handshake-failure", "log.dtls-session-ended", "log.dtls-certificate-refused", "log.dtls-stated-reason",
        "log.image-download-failed", "log.discovery-failed", "log.join-failed", "log.image-refused", "log.dtls-table-full",
        "log.clock",
        "log.no-certificate",
        "log.ssc-not-authorised",
        "log.fn72524",
            ],
            set.Rules.Select(r => r.Id));
        Assert.Single(set.Versions);
        Assert.All(set.Rules, r => Assert.NotNull(r.Remediation));
    }

    [Fact]
    public void LoadBuiltIn_KeepsTheDomainFacts()
    {
        RuleSet set = RuleSetLoader.LoadBuiltIn();

        // The facts the rules encode (serial format, FN-63942 lifetime, CSCur43050 / FN-63916 windows, FN-72524), so a careless data edit is caught here.
        Assert.Equal(1996, set.Facts.SerialFormat.YearBase);
        Assert.Equal(new DateOnly(2005, 7, 18), set.Facts.MicLifetime.BuiltFrom);
        Assert.Equal((10, 10), (set.Facts.MicLifetime.ValidityYears, set.Facts.MicLifetime.ValidityExtraMinutes));
        RuleDefinition cscur = set.Rules.Single(r => r.Id == "cscur43050.window");
        var window = RuleKind.ParametersOf<ManufactureWindowRule.Parameters>(cscur);
        Assert.Equal(new ManufactureWindow { YearCode = 18, FromWeek = 37, ToWeek = 44 }, window.Window);
        Assert.Equal(["1530", "1550", "1600", "1700", "2600", "2700", "3500", "3600", "3700"], window.Families);
        Assert.Equal(["700"], window.ExcludedFamilies);
        Assert.Equal(new ManufactureWindow { YearCode = 18, FromWeek = 32, ToWeek = 36 }, RuleKind.ParametersOf<ManufactureWindowRule.Parameters>(set.Rules.Single(r => r.Id == "fn63916.wider-window")).Window);
        Assert.Equal(new DateOnly(2022, 12, 4), RuleKind.ParametersOf<ModelDateRule.Parameters>(set.Rules.Single(r => r.Id == "fn72524.image-signing")).EffectiveDate);
        Assert.Equal(53, set.Facts.SerialFormat.WeekToMonth.Max(r => r.ToWeek));
        Assert.Equal(12, set.Facts.SerialFormat.WeekToMonth.Select(r => r.Month).Distinct().Count());
    }

    [Fact]
    public void Load_Override_ReplacesByIdAndAppendsNewEntries()
    {
        File.WriteAllText(RulesPath, """
            {
              "schema": 1, "version": "v7",
              "sources": [ { "id": "local", "title": "Our lab", "reference": "ticket 42" } ],
              "modelFamilies": [ { "id": "9999", "name": "Lab AP", "deviceType": "ap", "software": "ios", "pidPattern": "^LAB-AP" } ],
              "notDateCoded": [ { "id": "lab", "description": "lab units", "serialPattern": "^LAB" } ],
              "rules": [
                { "id": "serial.duplicate", "kind": "serial-duplicate", "title": "dup", "severity": "high", "sources": ["local"],
                  "remediation": { "aireOs": "a", "catalyst9800": "c" } },
                { "id": "lab.window", "kind": "manufacture-window", "title": "lab", "severity": "critical",
                  "window": { "yearCode": 20, "fromWeek": 1, "toWeek": 2 }, "families": ["9999"],
                  "remediation": { "aireOs": "a", "catalyst9800": "c" } }
              ]
            }
            """);

        RuleSet set = RuleSetLoader.Load(RulesPath);

        Assert.Equal([RuleSetLoader.LoadBuiltIn().Versions[0], $"{RulesPath} v7"], set.Versions);
        Assert.Equal(Severity.High, set.Rules.Single(r => r.Id == "serial.duplicate").Severity);
        Assert.Equal(2, set.Rules.ToList().FindIndex(r => r.Id == "serial.duplicate"));
        Assert.Equal("lab.window", set.Rules[^1].Id);
        Assert.Equal("9999", set.Facts.ModelFamilies[^1].Id);
        Assert.Equal("lab", set.Facts.NotDateCoded[^1].Id);
        Assert.Equal("local", set.Facts.Sources[^1].Id);
    }

    [Theory]
    [InlineData("""{ "schema": 1, "version": "x", "surprise": true }""", "not a valid rules file")]
    [InlineData("""{ "schema": 1 }""", "not a valid rules file")]
    [InlineData("null", "the rules file is empty")]
    [InlineData("""{ "schema": 1, "version": "x", "modelFamilies": [ { "id": "z", "name": "z", "deviceType": "ap", "software": "ios", "pidPattern": "([" } ] }""", "invalid pattern")]
    [InlineData("""{ "schema": 1, "version": "x", "notDateCoded": [ { "id": "z", "description": "z" } ] }""", "needs 'serialPattern' or 'pidPattern'")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "manufacture-window", "title": "t", "severity": "low", "remediation": { "aireOs": "", "catalyst9800": "" } } ] }""", "rule 'w' needs 'window'")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "manufacture-window", "title": "t", "severity": "low", "window": { "yearCode": 18, "fromWeek": 9, "toWeek": 2 }, "remediation": { "aireOs": "", "catalyst9800": "" } } ] }""", "fromWeek is after its toWeek")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "serial-duplicate", "title": "t", "severity": "low" } ] }""", "rule 'w' needs 'remediation'")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "serial-duplicate", "title": "t", "severity": "low", "sources": ["nowhere"], "remediation": { "aireOs": "", "catalyst9800": "" } } ] }""", "cites source 'nowhere'")]
    public void Load_BadOverride_ThrowsNamingTheFileAndTheProblem(string content, string expected)
    {
        File.WriteAllText(RulesPath, content);

        RuleDataException error = Assert.Throws<RuleDataException>(() => RuleSetLoader.Load(RulesPath));

        Assert.StartsWith(RulesPath, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    // Regression (issue 21): a misspelt member was reported as "JSON deserialization for type
    // 'CertInspect.Rules.RuleDefinition' was missing required properties including: 'title', 'severity'".
    [Fact]
    public void Load_MisspeltMemberOfARule_NamesItTheNearestMemberAndTheLine()
    {
        File.WriteAllText(RulesPath, """
            {
              "schema": 1,
              "version": "site-2026-11",
              "rules": [
                {
                  "id": "site.2014-h2", "kind": "manufacture-window", "title": "Site policy",
                  "severty": "high", "window": { "yearCode": 18, "fromWeek": 27, "toWeek": 52 },
                  "remediation": { "aireOs": "Open a case.", "catalyst9800": "Open a case." }
                }
              ]
            }
            """);

        RuleDataException error = Assert.Throws<RuleDataException>(() => RuleSetLoader.Load(RulesPath));

        Assert.Equal($"{RulesPath}: not a valid rules file: line 7: 'severty' is not a member of rules[0] (id 'site.2014-h2'); did you mean 'severity'?", error.Message);
    }

    [Fact]
    public void Load_MisspeltParameterOfAKind_NamesTheKindsMember()
    {
        File.WriteAllText(RulesPath, """
            { "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "manufacture-window", "title": "t", "severity": "low",
              "window": { "yearCode": 18, "fromWek": 27, "toWeek": 52 }, "otherModelSeverity": "hihg",
              "remediation": { "aireOs": "a", "catalyst9800": "c" } } ] }
            """);

        RuleDataException error = Assert.Throws<RuleDataException>(() => RuleSetLoader.Load(RulesPath));

        Assert.Equal(
            $"{RulesPath}: not a valid rules file: line 2: 'fromWek' is not a member of rules[0].window; did you mean 'fromWeek'?; "
            + "line 2: 'rules[0].otherModelSeverity' should be one of info, low, medium, high, critical; got 'hihg'; did you mean 'high'?",
            error.Message);
    }

    // Regression (issue 20): the built-in file's patterns are compiled when first matched, not when the data loads;
    // a pattern a user's file gives is still compiled at load, so that the run is refused before it starts, naming
    // the file and the entry. One case per place a pattern can stand, a built-in entry replaced by the user's, and a
    // construct NonBacktracking refuses (a backreference).
    [Theory]
    [InlineData("""{ "schema": 1, "version": "x", "modelFamilies": [ { "id": "2600", "name": "z", "deviceType": "ap", "software": "ios", "pidPattern": "([" } ] }""", "model family '2600' has an invalid pattern '(['")]
    [InlineData("""{ "schema": 1, "version": "x", "notDateCoded": [ { "id": "z", "description": "z", "serialPattern": "^FOX(" } ] }""", "notDateCoded 'z' has an invalid pattern '^FOX('")]
    [InlineData("""{ "schema": 1, "version": "x", "notDateCoded": [ { "id": "z", "description": "z", "pidPattern": "(a)\\1" } ] }""", "notDateCoded 'z' has an invalid pattern '(a)\\1'")]
    [InlineData("""{ "schema": 1, "version": "x", "certificatePurposes": [ { "id": "z", "role": "web", "trustpointPattern": "[z" } ] }""", "certificatePurpose 'z' has an invalid pattern '[z'")]
    [InlineData("""{ "schema": 1, "version": "x", "controllerPlatforms": [ { "id": "aireos", "name": "z", "releasePattern": "^8(", "example": "8.0" } ] }""", "controller platform 'aireos' has an invalid pattern '^8('")]
    [InlineData("""{ "schema": 1, "version": "x", "captures": { "controllerLogMarkers": [ "%LWAPP(" ] } }""", "captures log marker has an invalid pattern '%LWAPP('")]
    [InlineData("""{ "schema": 1, "version": "x", "captures": { "controllerSoftwareBanners": [ "C9800(" ] } }""", "captures controller software banner has an invalid pattern 'C9800('")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "log.clock", "kind": "log-signature", "title": "t", "severity": "low", "patterns": ["DTLS("], "remediation": { "aireOs": "a", "catalyst9800": "c" } } ] }""", "rule 'log.clock' has an invalid pattern 'DTLS('")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "log-signature", "title": "t", "severity": "low", "patterns": ["DTLS"], "quotes": ["(?<=x)y"], "remediation": { "aireOs": "a", "catalyst9800": "c" } } ] }""", "rule 'w' has an invalid pattern '(?<=x)y'")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "trigger-release", "title": "t", "severity": "low", "releasePatterns": ["^8\\.0("], "remediation": { "aireOs": "a", "catalyst9800": "c" } } ] }""", "rule 'w' has an invalid pattern '^8\\.0('")]
    [InlineData("""{ "schema": 1, "version": "x", "rules": [ { "id": "w", "kind": "serial-duplicate", "title": "t", "severity": "low", "remediation": { "aireOs": "a", "catalyst9800": "c" }, "releaseNotes": [ { "platform": "aireos", "pattern": "^8(", "then": "t", "else": "e" } ] } ] }""", "rule 'w' release note has an invalid pattern '^8('")]
    public void Load_OverrideWithAnInvalidPattern_IsRefusedAtLoadNamingTheFileAndTheEntry(string content, string expected)
    {
        File.WriteAllText(RulesPath, content);

        RuleDataException error = Assert.Throws<RuleDataException>(() => RuleSetLoader.Load(RulesPath));

        Assert.StartsWith(RulesPath + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    // The built-in file's patterns are not compiled at every start (bench/README.md): here they are, with the options
    // each is matched with, rules' patterns and release notes included.
    [Fact]
    public void Load_BuiltInWithEveryPatternChecked_Loads()
    {
        RuleSet set = RuleSetLoader.Load(overridePath: null, checkBuiltInPatterns: true);

        Assert.Equal(RuleSetLoader.LoadBuiltIn().Rules.Select(r => r.Id), set.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Load_MissingFile_ThrowsRuleDataException()
    {
        RuleDataException error = Assert.Throws<RuleDataException>(() => RuleSetLoader.Load("/no/such/rules.json"));

        Assert.Contains("cannot read the rules file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public void LoadBuiltIn_CitesOnlyPublicSources()
    {
        // Messages and "certinspect rules" show these texts: they must name public sources, never a file the user
        // does not have (a design note, a field report).
        RuleSet set = RuleSetLoader.LoadBuiltIn();
        IEnumerable<string> texts = set.Facts.Sources.SelectMany(s => new[] { s.Title, s.Reference })
            .Concat(set.Rules.SelectMany(r => new[] { r.Title, r.Detail ?? string.Empty, r.Remediation?.AireOs ?? string.Empty, r.Remediation?.Catalyst9800 ?? string.Empty }))
            .Concat(set.Rules.SelectMany(r => r.ReleaseNotes).SelectMany(n => new[] { n.Then, n.Else }));

        Assert.All(texts, text => Assert.DoesNotMatch("(?i)DOMAIN|shared/|seeds?/|seed file|\\.md\\b", text));
    }
}

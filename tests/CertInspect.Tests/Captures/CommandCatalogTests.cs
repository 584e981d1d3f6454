using CertInspect.Captures;

namespace CertInspect.Tests.Captures;

public sealed class CommandCatalogTests
{
    [Theory]
    [InlineData("show crypto pki certificates", "show crypto pki certificates", null, null)]
    [InlineData("sh cry pki cert", "show crypto pki certificates", null, null)]
    [InlineData("show crypto pki certificates verbose", "show crypto pki certificates", null, null)]
    [InlineData("show crypto pki trustpool", "show crypto pki trustpool", null, null)]
    [InlineData("show crypto pki trustpoints | include SHA2", "show crypto pki trustpoints", null, "SHA2")]
    [InlineData("sh cry pki trustpoints | i SHA2", "show crypto pki trustpoints", null, "SHA2")]
    [InlineData("test pb display", "test pb display", null, null)]
    [InlineData("show certificate all", "show certificate all", null, null)]
    [InlineData("show ap config general AP-1", "show ap config general", "AP-1", null)]
    [InlineData("show ap name AP-1 config general", "show ap config general", "AP-1", null)]
    [InlineData("show ap config general", "show ap config general", null, null)]
    [InlineData("show ap inventory all", "show ap inventory", null, null)]
    [InlineData("show ap inventory AP-2", "show ap inventory", "AP-2", null)]
    [InlineData("show inventory", "show inventory", null, null)]
    [InlineData("show ap summary", "show ap summary", null, null)]
    [InlineData("show version", "show version", null, null)]
    [InlineData("show sysinfo", "show sysinfo", null, null)]
    [InlineData("show msglog", "log", null, null)]
    [InlineData("debug capwap console cli", "no output to read", null, null)]
    [InlineData("ping 10.0.0.1", "not read by CertInspect", null, null)]
    [InlineData("s ver", "not read by CertInspect", null, null)]
    public void Recognise_ReadsAbbreviationsArgumentsAndFilters(string typed, string readAs, string? apName, string? filter)
    {
        RecognisedCommand command = CommandCatalog.Recognise(typed);

        Assert.Equal(readAs, command.Command.DisplayName);
        Assert.Equal(apName, command.ApName);
        Assert.Equal(filter, command.Filter);
    }

    [Theory]
    [InlineData("AP#show version", "AP", false, "show version")]
    [InlineData("ap>test pb display", "ap", false, "test pb display")]
    [InlineData("WLC9800-1(config)#end", "WLC9800-1", false, "end")]
    [InlineData("(Cisco Controller) >show certificate all", "Cisco Controller", true, "show certificate all")]
    [InlineData("Cisco Controller) >show certificate all", "Cisco Controller", true, "show certificate all")]
    [InlineData("(WLC-HQ) >", "WLC-HQ", true, "")]
    [InlineData("TestAP# *Nov 19 13:37:59.999: AP has SHA2 MIC", "TestAP", false, "*Nov 19 13:37:59.999: AP has SHA2 MIC")]
    public void Prompt_IsRecognisedWithWhatFollows(string line, string host, bool controller, string rest)
    {
        PromptLine prompt = Assert.IsType<PromptLine>(PromptLine.Match(line));

        Assert.Equal((host, controller, rest), (prompt.Host, prompt.ControllerStyle, prompt.Rest));
    }

    [Theory]
    [InlineData("  Status: Available")]
    [InlineData("NAME: \"AP2600\", DESCR: \"Cisco Aironet\"")]
    [InlineData("*Oct 17 19:54:55.757: %DOT11-7-AUTH_FAILED")]
    [InlineData("http://www.cisco.com/security/pki/crl/cmca.crl")]
    [InlineData("FOC1837X1Y2 # spare")]
    public void Prompt_IsNotFoundInOutput(string line) => Assert.Null(PromptLine.Match(line));

    [Fact]
    public void Clean_RemovesAnsiBackspacesPagerAndTrailingSpace()
    {
        Assert.Equal("SW-CORE#show version", CaptureText.Clean("\u001b[1;32mSW-CORE\u001b[0m#show verx\bsion  \r"));
        Assert.Equal("     MD5 Finger print : 1c", CaptureText.Clean(" --More-- or (q)uit\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b     MD5 Finger print : 1c"));
        Assert.Equal("a", CaptureText.Clean("a --More-- "));
    }

    [Fact]
    public void LogMessages_SplitWhereAPasteRanThemTogether()
    {
        string[] messages = [.. LogText.Messages("*Nov 19 13:38:59.999: first. *Nov 19 13:39:00.000: second 5246Peer certificate verification failed FFFFFFFF *Nov 19 13:39:00.099: third")];

        Assert.Equal(3, messages.Length);
        Assert.EndsWith("Peer certificate verification failed FFFFFFFF", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_EveryForm_IsRecognisedAsItsOwnCommand()
    {
        foreach (CaptureCommand known in CommandCatalog.Commands)
        {
            foreach (CommandForm form in known.Forms)
            {
                string typed = string.Join(' ', form.Parts.Select(w => w == CaptureCommand.AnyWord ? "AP-9" : w == CaptureCommand.AnyRest ? "detail" : w));

                Assert.Same(known, CommandCatalog.Recognise(typed).Command);
            }
        }
    }
}

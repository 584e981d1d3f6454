using System.CommandLine;
using System.Text;

namespace CertInspect.Cli.Tests;

/// <summary>audit on a terminal that shows standard output and error on one screen.</summary>
public sealed partial class AuditCommandTests
{
    // Regression (issue 26, point 4): the progress line stayed on screen and the report's title was glued to it
    // ("…42 rows/sCertInspect audit as of …").
    [Theory]
    [InlineData("table", "CertInspect audit as of 2026-11-21")]
    [InlineData("json", "{")]
    [InlineData("csv", "key,serial,")]
    public void Audit_OnATerminal_ClearsTheProgressLineBeforeTheReportsFirstByte(string format, string firstLine)
    {
        var environment = new CliEnvironment(
            () => Stream.Null, TimeProvider.System, OutputIsTerminal: true, NoColor: true, _ => null, ShowProgress: true, TerminalWidth: 80);
        using var screen = new StringWriter();

        int exitCode = CertInspectCommand.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21", "--format", format], environment, new InvocationConfiguration { Output = screen, Error = screen });

        Assert.Equal(ExitCodes.Done, exitCode);
        Assert.Contains("\rcertinspect: 14/14 files, ", screen.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(firstLine, Shown(screen.ToString())[0], StringComparison.Ordinal);
    }

    // The lines a terminal shows for the text: a carriage return goes back to the start of the line, whose characters
    // the next ones overwrite; what stays is trimmed of the blanks that cleared it.
    private static List<string> Shown(string text)
    {
        var lines = new List<string>();
        foreach (string line in text.Split('\n'))
        {
            var shown = new StringBuilder();
            int column = 0;
            foreach (char c in line)
            {
                if (c == '\r')
                {
                    column = 0;
                    continue;
                }

                if (column < shown.Length)
                {
                    shown[column] = c;
                }
                else
                {
                    shown.Append(c);
                }

                column++;
            }

            lines.Add(shown.ToString().TrimEnd());
        }

        return lines.SkipWhile(l => l.Length == 0).ToList();
    }
}

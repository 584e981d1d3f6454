using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertInspect.Cli.Tests;

/// <summary>
/// Real-shaped captures recombined as people paste them (fixed seed), through the whole audit command: sections
/// reordered, command lines removed, abbreviated or without their argument, sessions concatenated, CRLF, pager
/// residue. The exit code follows the contract, the JSON report parses, every input is in it, and no stack trace
/// reaches standard error. Regression: an AireOS "show ap config general" typed without its AP name made an empty
/// AP that crashed the merge.
/// </summary>
public sealed partial class CaptureRecombinationTests
{
    private static readonly int _variants = MutationBudget.PerFixture(300);

    private static readonly string[] _captures =
        [.. Directory.GetFiles(TestData.Path("captures"), "*.txt").Order(StringComparer.Ordinal)];

    [Fact]
    public void Audit_RecombinedCaptures_FollowTheExitCodeContract()
    {
        var random = new Random(20261201);
        for (int i = 0; i < _variants; i++)
        {
            string text = Recombine(random);
            using TempFile file = TempFile.WithText(text, ".txt");

            CliRun run = CliRun.Invoke("audit", file.Path, "--as-of", "2026-11-21", "--format", "json");

            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.True(run.ExitCode is ExitCodes.Done or ExitCodes.UsageOrNothingReadable, $"variant {i}: exit {run.ExitCode}\n{run.Error}\n{text}");
            using JsonDocument report = JsonDocument.Parse(run.Output);
            Assert.Equal(file.Path, Assert.Single(report.RootElement.GetProperty("inputs").EnumerateArray()).GetProperty("source").GetString());
            int devices = report.RootElement.GetProperty("summary").GetProperty("devices").GetInt32();
            Assert.Equal(devices == 0 ? ExitCodes.UsageOrNothingReadable : ExitCodes.Done, run.ExitCode);
        }
    }

    [Fact]
    public void Audit_AireOsApConfigGeneralWithoutItsApName_IsOneApAndNoCrash()
    {
        const string Capture = "(Cisco Controller) >show ap config general\r\n\r\nCisco AP Identifier.............................. 7\r\n"
            + "Cisco AP Name.................................... AP-LOBBY-7\r\nAP Serial Number................................. FGL1838Z0CD\r\n"
            + "MAC Address...................................... 00:11:22:33:55:07\r\nAP Model......................................... AIR-CAP2602I-E-K9\r\n";
        using TempFile file = TempFile.WithText(Capture, ".txt");

        CliRun run = CliRun.Invoke("audit", file.Path, "--as-of", "2026-11-21", "--format", "json");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement ap = Assert.Single(report.RootElement.GetProperty("devices").EnumerateArray(), d => d.GetProperty("deviceType").GetString() == "ap");
        Assert.Equal("AP-LOBBY-7", ap.GetProperty("name").GetString());
    }

    // One, two or three captures, split into sections at prompts, shuffled and damaged the way pastes are.
    private static string Recombine(Random random)
    {
        var sections = new List<List<string>>();
        int count = 1 + random.Next(3);
        for (int c = 0; c < count; c++)
        {
            string[] lines = File.ReadAllText(_captures[random.Next(_captures.Length)]).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            List<string>? current = null;
            foreach (string line in lines)
            {
                if (current is null || Prompt().IsMatch(line))
                {
                    current = [];
                    sections.Add(current);
                }

                current.Add(line);
            }
        }

        if (random.Next(2) == 0)
        {
            sections = [.. sections.OrderBy(_ => random.Next())];
        }

        var text = new StringBuilder();
        foreach (List<string> section in sections)
        {
            for (int i = 0; i < section.Count; i++)
            {
                string line = section[i];
                if (i == 0 && Prompt().Match(line) is { Success: true } prompt)
                {
                    line = random.Next(6) switch
                    {
                        0 => null!, // the command line is lost: the output must be recognised by itself
                        1 => prompt.Groups["prompt"].Value + Abbreviate(prompt.Groups["command"].Value),
                        2 => prompt.Groups["prompt"].Value + WithoutArgument(prompt.Groups["command"].Value),
                        _ => line,
                    };
                    if (line is null)
                    {
                        continue;
                    }
                }

                text.Append(line);
                text.Append(random.Next(4) == 0 ? "\r\n" : "\n");
                if (random.Next(25) == 0)
                {
                    text.Append(" --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Abbreviate(string command) =>
        string.Join(' ', command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 3 && char.IsAsciiLetterLower(w[0]) ? w[..3] : w));

    private static string WithoutArgument(string command)
    {
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 2 ? string.Join(' ', words[..^1]) : command;
    }

    [GeneratedRegex(@"^(?<prompt>\(?[A-Za-z0-9_. -]+\)? ?[#>])(?<command>.+)$")]
    private static partial Regex Prompt();
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>The options several commands share, built fresh for each command (an option belongs to one parent).</summary>
internal static class CommonOptions
{
    public const string DateFormat = "yyyy-MM-dd";
    public static readonly int[] DefaultHorizons = [90, 365];

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The date every result is judged at, YYYY-MM-DD (default: today, UTC).",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    public static Option<string> Format(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => formats[0],
    }.AcceptOnlyFromAmong(formats);

    public static Option<int[]> Horizons() => new("--horizon")
    {
        Description = "Days ahead that grade coming expiries: within the 1st → high, 2nd → medium, later → low. Repeatable (default: 90 and 365).",
        HelpName = "DAYS",
        DefaultValueFactory = _ => DefaultHorizons,
        Validators =
        {
            result =>
            {
                // Tokens that are not numbers already carry the parser's own error.
                foreach (var token in result.Tokens)
                {
                    if (int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int days) && days <= 0)
                    {
                        result.AddError($"--horizon takes a positive number of days; got {days}.");
                    }
                }
            },
        },
    };

    public static Option<string?> ControllerRelease() => new("--controller-release")
    {
        Description = "The software release of the controller the APs join (8.0.100.0, 03.06.00E), when no capture gives it: decides the CSCur43050 trigger.",
        HelpName = "RELEASE",
    };

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A rules data file (JSON) whose entries add to or replace the built-in ones by id.",
        HelpName = "PATH",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
        HelpName = "PATH",
    };

    public static Option<string?> FailOn() => new Option<string?>("--fail-on")
    {
        Description = "Exit 2 when a device has a finding at or above this severity, or when any input could not be read.",
        HelpName = "SEVERITY",
    }.AcceptOnlyFromAmong(SeverityNames.WorstFirst.Reverse().Select(s => s.ToName()).ToArray());

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        result.AddError($"--as-of takes a date as YYYY-MM-DD, such as 2026-11-21; got '{text}'.");
        return null;
    }
}

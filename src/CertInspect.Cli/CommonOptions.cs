using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CertInspect.Facts;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>The options several commands share, built fresh for each command (an option belongs to one parent).</summary>
internal static class CommonOptions
{
    public const string DateFormat = "yyyy-MM-dd";
    public static readonly int[] DefaultHorizons = [90, 365];

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The date every result is judged at (default: today, UTC).",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    /// <summary>--format of a command that writes to standard output only.</summary>
    public static FormatOption Format(params string[] formats) => new(formats, followsOutput: false);

    /// <summary>--format of a command that has --output, whose extension chooses the format when --format is not given.</summary>
    public static FormatOption ReportFormat(params string[] formats) => new(formats, followsOutput: true);

    public static Option<int[]> Horizons() => new("--horizon")
    {
        Description = "Days ahead that grade coming expiries: within the 1st → high, 2nd → medium, later → low. Repeatable (default: 90 and 365).",
        HelpName = "DAYS",
        DefaultValueFactory = _ => DefaultHorizons,
        CustomParser = ParseHorizons,
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

    public static Option<string?> FailOn() => OneOf(
        new Option<string?>("--fail-on")
        {
            Description = "Exit 2 when a device's risk is at or above this one (ranked info, unjudged, low, medium, high, critical; unjudged: nothing could be checked on it), or when any input could not be read.",
        },
        "a risk",
        [.. RiskNames.WorstFirst.Reverse().Where(r => r != Risk.Ok).Select(r => r.ToName())]);

    /// <summary>
    /// Refuses any value but <paramref name="names"/> in one line, with the nearest name when the value looks like a
    /// slip (System.CommandLine's AcceptOnlyFromAmong lists them a line each, under the help text). The help shows
    /// the names in their order.
    /// </summary>
    /// <param name="meant">The value a typed one was meant as beyond the nearest spelling (another case, another name
    /// for it), or null.</param>
    public static Option<T> OneOf<T>(Option<T> option, string what, IReadOnlyList<string> names, Func<string, string?>? meant = null)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.HelpName = string.Join('|', names);
        option.Validators.Add(result =>
        {
            foreach (Token token in result.Tokens.Where(t => !names.Contains(t.Value, StringComparer.Ordinal)))
            {
                string hint = (meant?.Invoke(token.Value) ?? NearestName.Among(token.Value, names)) is { } nearest ? $"; did you mean {nearest}?" : ".";
                result.AddError($"{option.Name} takes {what}, one of {string.Join(", ", names)}; got '{token.Value}'{hint}");
            }
        });
        return option;
    }

    private static int[] ParseHorizons(ArgumentResult result)
    {
        var days = new List<int>();
        foreach (Token token in result.Tokens)
        {
            if (int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0)
            {
                days.Add(value);
            }
            else
            {
                result.AddError($"--horizon takes a positive number of days, such as 90; got '{token.Value}'.");
            }
        }

        return [.. days];
    }

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

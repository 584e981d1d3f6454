using System.CommandLine;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>
/// The options that decide how devices are judged (--rules, --as-of, --horizon, --controller-release,
/// --controller-platform) and their one binding to the rules data and the <see cref="EvaluationContext"/>, for audit,
/// accept and serial. Each command lists the options where its help shows them; binding is in two steps because a
/// command reads the rules data before its other options (accept's policy names rules), and the controller options
/// are checked against that data.
/// </summary>
internal sealed class EvaluationOptions
{
    public Option<string?> Rules { get; } = CommonOptions.Rules();

    public Option<DateOnly?> AsOf { get; } = CommonOptions.AsOf();

    public Option<int[]> Horizons { get; } = CommonOptions.Horizons();

    public Option<string?> ControllerRelease { get; } = CommonOptions.ControllerRelease();

    public Option<string?> ControllerPlatform { get; } = ControllerOptions.Platform();

    /// <summary>The built-in rules data, or --rules merged into it; null (with a message) when the file is unusable.</summary>
    public RuleSet? LoadRules(ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return RuleSetOption.TryLoad(parse.GetValue(Rules), error);
    }

    /// <summary>Whether the run is judged at today's date, --as-of not given.</summary>
    public bool AsOfIsToday(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(AsOf) is null;
    }

    /// <summary>The context the rules evaluate in; null (with a message) when the controller options name no
    /// platform or release <paramref name="rules"/> knows.</summary>
    public EvaluationContext? Context(ParseResult parse, RuleSet rules, DateOnly today, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(rules);
        if (!ControllerOptions.TryRead(parse.GetValue(ControllerPlatform), parse.GetValue(ControllerRelease), rules.Facts, error, out (string? Platform, string? Release) controller))
        {
            return null;
        }

        return new EvaluationContext(parse.GetValue(AsOf) ?? today, parse.GetValue(Horizons) ?? CommonOptions.DefaultHorizons)
        {
            ControllerRelease = controller.Release,
            ControllerPlatform = controller.Platform,
        };
    }
}

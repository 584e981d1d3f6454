using System.CommandLine;
using CertInspect.Rules;

namespace CertInspect.Cli.Tests;

/// <summary>audit, accept and serial judge devices in one context, bound from their options in one place.</summary>
public sealed class EvaluationOptionsTests
{
    private static readonly RuleSet Rules = RuleSetLoader.LoadBuiltIn();
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Context_EveryOptionGiven_IsInTheContext()
    {
        (EvaluationOptions options, ParseResult parse) = Parse("--as-of", "2025-01-02", "--horizon", "30", "--horizon", "7", "--controller-platform", "aireos", "--controller-release", " 8.10.185.0 ");
        using var error = new StringWriter();

        EvaluationContext? context = options.Context(parse, Rules, Today, error);

        Assert.NotNull(context);
        Assert.Equal(new DateOnly(2025, 1, 2), context.AsOf);
        Assert.Equal([7, 30], context.Horizons);
        Assert.Equal("aireos", context.ControllerPlatform);
        Assert.Equal("8.10.185.0", context.ControllerRelease);
        Assert.False(options.AsOfIsToday(parse));
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Context_NothingGiven_IsTodayWithTheDefaultHorizons()
    {
        (EvaluationOptions options, ParseResult parse) = Parse();

        EvaluationContext? context = options.Context(parse, Rules, Today, TextWriter.Null);

        Assert.NotNull(context);
        Assert.Equal(Today, context.AsOf);
        Assert.Equal([90, 365], context.Horizons);
        Assert.Null(context.ControllerPlatform);
        Assert.Null(context.ControllerRelease);
        Assert.True(options.AsOfIsToday(parse));
    }

    [Fact]
    public void Context_ReleaseOfAnotherPlatform_IsNullWithTheMessage()
    {
        (EvaluationOptions options, ParseResult parse) = Parse("--controller-platform", "9800", "--controller-release", "8.0.100.0");
        using var error = new StringWriter();

        Assert.Null(options.Context(parse, Rules, Today, error));
        Assert.Contains("--controller-release '8.0.100.0' is not a Catalyst 9800 (IOS-XE 16.10 and later) release", error.ToString(), StringComparison.Ordinal);
    }

    // Issue 28, point 3: the three commands each had their own copy of this binding.
    [Fact]
    public void Commands_UnknownControllerPlatform_AreRefusedAlike()
    {
        string[][] commands =
        [
            ["audit", TestData.Path("sample-fleet", "inventory.csv")],
            ["serial", "FOC1837X1Y2"],
            ["accept", "--policy", TestData.Path("acceptance", "po-4500012345.json"), TestData.Path("acceptance", "delivery")],
        ];

        List<CliRun> runs = [.. commands.Select(command => CliRun.Invoke([.. command, "--as-of", "2026-11-21", "--controller-platform", "wlc"]))];

        Assert.All(runs, run =>
        {
            Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
            Assert.StartsWith("certinspect: --controller-platform 'wlc' is not a controller platform: expected one of aireos, 9800", run.Error, StringComparison.Ordinal);
            Assert.Equal(runs[0].Error, run.Error);
            Assert.Equal(string.Empty, run.Output);
        });
    }

    private static (EvaluationOptions Options, ParseResult Parse) Parse(params string[] args)
    {
        var options = new EvaluationOptions();
        var command = new RootCommand { options.Rules, options.AsOf, options.Horizons, options.ControllerRelease, options.ControllerPlatform };
        ParseResult parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        return (options, parse);
    }
}

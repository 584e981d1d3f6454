namespace CertInspect.Cli;

/// <summary>The exit codes, documented in the README; scripts depend on them.</summary>
public static class ExitCodes
{
    /// <summary>The run finished and wrote its report; no gate failed.</summary>
    public const int Done = 0;

    /// <summary>A usage error, unusable rules data, an unwritable output, or nothing readable in the input.</summary>
    public const int UsageOrNothingReadable = 1;

    /// <summary>--fail-on: a device at or above the threshold, or any input error (a gate never passes over unread input).</summary>
    public const int GateFailed = 2;
}

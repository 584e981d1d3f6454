namespace CertInspect.Captures;

/// <summary>What a capture line was taken for. Every line falls in exactly one category.</summary>
public enum LineCategory
{
    Blank,

    /// <summary>A prompt, with or without a command after it.</summary>
    Prompt,

    /// <summary>Output of a command CertInspect reads, understood.</summary>
    Output,

    /// <summary>A log message (AP console, controller msglog, debug output), or its wrapped continuation.</summary>
    Log,

    /// <summary>Output of a command CertInspect does not read (ping, config, ...): skipped as a whole.</summary>
    Skipped,

    /// <summary>Neither of the above: reported as an info diagnostic.</summary>
    Unrecognised,
}

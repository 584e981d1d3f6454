namespace CertInspect.Rules;

/// <summary>
/// The facts and rule definitions in force for one run: the built-in data file, with the entries of an optional
/// override file added or replacing those of the same id. Validated on creation (see <see cref="RuleSetLoader"/>).
/// </summary>
public sealed record RuleSet
{
    /// <summary>Each data file that contributed, as "name version", built-in first.</summary>
    public required IReadOnlyList<string> Versions { get; init; }

    public required IReadOnlyList<SourceReference> Sources { get; init; }

    public required SerialFormatFacts SerialFormat { get; init; }

    public required MicLifetimeFacts MicLifetime { get; init; }

    public required IReadOnlyList<ModelFamily> ModelFamilies { get; init; }

    public required IReadOnlyList<NotDateCodedPattern> NotDateCoded { get; init; }

    public required IReadOnlyList<CiscoCa> CiscoCas { get; init; }

    public required CaptureFacts Captures { get; init; }

    /// <summary>Every rule definition, disabled ones included, in data-file order.</summary>
    public required IReadOnlyList<RuleDefinition> Rules { get; init; }
}

namespace CertInspect.Facts;

/// <summary>Serials that carry no manufacturing date, recognised by the serial's shape or by the product ID.</summary>
public sealed record NotDateCodedPattern
{
    public required string Id { get; init; }

    /// <summary>What such a serial belongs to, for the message.</summary>
    public required string Description { get; init; }

    /// <summary>A .NET regular expression matched against the normalised serial; absent when the PID decides.</summary>
    public string? SerialPattern { get; init; }

    /// <summary>A .NET regular expression matched against the model, ignoring case; absent when the serial decides.</summary>
    public string? PidPattern { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];
}

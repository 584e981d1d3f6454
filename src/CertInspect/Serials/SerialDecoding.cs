namespace CertInspect.Serials;

/// <summary>
/// What <see cref="SerialDecoder"/> made of one input value: a serial, or the reason it is not one; and the
/// normalisation steps applied to the text (trimmed, quotes removed, upper-cased, ...).
/// </summary>
public sealed record SerialDecoding(SerialNumber? Serial, string? Error, IReadOnlyList<string> Changes)
{
    public static SerialDecoding Failed(string error, IReadOnlyList<string> changes) => new(null, error, changes);
}

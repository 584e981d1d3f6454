namespace CertInspect.Serials;

/// <summary>
/// A normalised Cisco serial. Either it is date-coded (LLLYYWWSSSS: Location and Manufactured are set) or it is
/// not (NotDateCodedReason says why); never both.
/// </summary>
public sealed record SerialNumber(
    string Text,
    string? Location,
    ManufactureWeek? Manufactured,
    string? NotDateCodedReason)
{
    public bool IsDateCoded => Manufactured is not null;
}

namespace CertInspect.Serials.Workbooks;

/// <summary>How a cell format shows a number: as a number, a date, a date and time, or a time of day.</summary>
internal enum DateFormat
{
    None,
    Date,
    DateTime,
    Time,
}

namespace CertInspect.Reporting.Xlsx;

/// <summary>
/// The cell styles of a CertInspect workbook, by their index in styles.xml (cellXfs): the header, dates, and one fill
/// per risk, the colours of the HTML report.
/// </summary>
public enum XlsxStyle
{
    Default = 0,
    Header = 1,
    Date = 2,
    Critical = 3,
    High = 4,
    Medium = 5,
    Low = 6,
    Info = 7,
    Ok = 8,
    Unjudged = 9,
}

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// A workbook that cannot be read on: malformed, or past a limit of <see cref="WorkbookLimits"/>. Thrown inside the
/// workbook reader only and turned into one input error at its boundary (InventoryXlsxReader), as certificate
/// decoding errors are at theirs.
/// </summary>
internal sealed class WorkbookException : Exception
{
    public WorkbookException(string message)
        : base(message)
    {
    }

    public WorkbookException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WorkbookException()
    {
    }
}

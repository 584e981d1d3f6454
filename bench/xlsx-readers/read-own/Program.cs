using CertInspect.Evidence;
using CertInspect.Serials;

// The workbook reader of CertInspect (InventoryXlsxReader): every row of every sheet with a serial column, mapped to
// an observation (more work than the library harnesses, which only turn cells into text).
using var stream = File.OpenRead(args[0]);
var sink = new CountingSink();
(bool workbook, long rows) = InventoryXlsxReader.Read(stream, args[0], sink);
Console.WriteLine($"{workbook} {rows} rows, {sink.Observations} observations, {sink.Chars} chars, {sink.Errors} errors {sink.First}");

sealed class CountingSink : IEvidenceSink
{
    public long Observations, Chars, Errors;
    public string? First;
    public void Add(InventoryObservation o) { Observations++; Chars += o.Text.Length; }
    public void AddCertificate(LocatedCertificate c) { }
    public void AddCapture(CapturedDevice d) { }
    public void Reject(InputError e) { Errors++; First ??= e.Location + ": " + e.Message; }
}

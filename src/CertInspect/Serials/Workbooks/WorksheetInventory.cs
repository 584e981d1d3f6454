using CertInspect.Evidence;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// One worksheet read as an inventory: its header is the first row, within the first 30 with a value, that has a
/// serial column (<see cref="InventoryColumns"/>, --columns); each row below it is an observation per serial (a
/// stack's cell gives several) or an input error, as a CSV row is.
/// </summary>
internal static class WorksheetInventory
{
    public static void Read(SheetReader sheet, WorkbookProgress progress, IEvidenceSink sink, ColumnMapping? mapping)
    {
        string name = progress.Sheet!;
        var row = new SheetRow();
        progress.Row = row;
        InventoryColumns? columns = null;
        List<string> headers = [];
        string? firstRow = null;
        for (int seen = 0; columns is null; seen++)
        {
            if (seen == WorkbookLimits.HeaderSearchRows || !sheet.Next(row))
            {
                progress.NoHeader(name, firstRow);
                progress.Row = null;
                return;
            }

            firstRow ??= row.AsCsv();
            headers = row.ByColumn();
            columns = InventoryColumns.Map(headers, mapping);
        }

        progress.InventorySheets++;
        while (sheet.Next(row))
        {
            progress.Rows++;
            var location = new SourceLocation(progress.Source, row.Number) { Sheet = name };
            if (row.Problem is { } problem)
            {
                sink.Reject(new InputError(location, problem));
                continue;
            }

            var extra = new List<KeyValuePair<string, string>>(columns.Extra.Count);
            foreach (int index in columns.Extra)
            {
                if (row.Cell(index) is { } value)
                {
                    extra.Add(new(headers[index], value));
                }
            }

            string text = row.AsCsv();
            string serialCell = row.RawCell(columns.Serial);
            foreach (string serial in StackSerials.Split(serialCell))
            {
                sink.Add(new InventoryObservation(
                    location,
                    text,
                    serial,
                    row.Cell(columns.Name),
                    row.Cell(columns.Model),
                    row.Cell(columns.Mac),
                    row.Cell(columns.Site),
                    extra));
            }
        }

        progress.Row = null;
    }
}

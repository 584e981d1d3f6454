using System.Globalization;
using System.Text;
using ExcelDataReader;
// ExcelDataReader asks for code page 1252 (the .xls fallback) even for .xlsx.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

// Every row of every sheet as text (dates ISO): the work an inventory reader does before column mapping.
using var stream = File.OpenRead(args[0]);
using var reader = ExcelReaderFactory.CreateReader(stream);
long rows = 0, chars = 0;
do
{
    while (reader.Read())
    {
        bool any = false;
        for (int i = 0; i < reader.FieldCount; i++)
        {
            string? text = reader.GetValue(i) switch
            {
                null => null,
                DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                double n => n.ToString("R", CultureInfo.InvariantCulture),
                object o => Convert.ToString(o, CultureInfo.InvariantCulture),
            };
            if (!string.IsNullOrEmpty(text)) { any = true; chars += text.Length; }
        }
        if (any) rows++;
    }
} while (reader.NextResult());
Console.WriteLine($"{rows} rows, {chars} chars");

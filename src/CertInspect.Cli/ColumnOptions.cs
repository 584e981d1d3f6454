using System.CommandLine;
using System.Globalization;
using CertInspect.Serials;

namespace CertInspect.Cli;

/// <summary>--columns and --columns-file: which inventory headers mean serial, name, model, MAC and site.</summary>
internal static class ColumnOptions
{
    public static Option<string?> Columns() => new("--columns")
    {
        Description = "Inventory headers by role, for headers in another language or named unusually: serial=Seriennummer,name=AP-Name,model=Modell,mac=MAC,site=Standort.",
        HelpName = "ROLE=HEADER,...",
    };

    public static Option<string?> ColumnsFile() => new("--columns-file")
    {
        Description = "The same mapping in a file, one role=Header per line (# comments allowed).",
        HelpName = "PATH",
    };

    /// <summary>The mapping the options give (null for none); false, with a message, when it is unusable.</summary>
    public static bool TryRead(string? columns, string? file, TextWriter error, out ColumnMapping? mapping)
    {
        ArgumentNullException.ThrowIfNull(error);
        mapping = null;
        if (columns is null && file is null)
        {
            return true;
        }

        try
        {
            IEnumerable<(string Where, string Part)> parts = [];
            if (file is not null)
            {
                parts = File.ReadAllLines(file).Select((line, i) => (string.Create(CultureInfo.InvariantCulture, $"{file}: line {i + 1}"), line));
            }

            if (columns is not null)
            {
                parts = parts.Concat(columns.Split(',').Select(part => ("--columns", part)));
            }

            mapping = ColumnMapping.Parse(parts);
            return true;
        }
        catch (FormatException e)
        {
            error.WriteLine($"certinspect: {e.Message}.");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"certinspect: {file}: cannot read the column mapping: {e.Message}");
            return false;
        }
    }
}

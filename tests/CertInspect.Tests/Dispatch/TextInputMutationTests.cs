using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CertInspect.Dispatch;
using CertInspect.Inputs;
using CertInspect.Serials;

namespace CertInspect.Tests.Dispatch;

/// <summary>
/// Mutants of the sample fleet's text inputs (fixed seed): byte flips, truncations, duplicated and deleted lines,
/// NUL bytes, a 100 KB line, lengths of 4 GiB in the text, a change of encoding, empty files. Whatever the bytes,
/// reading never throws, every row read is a serial or an input error, a file that gives nothing has an input error,
/// and no input takes longer than a bound that only a hang would reach. 10,000 mutants per reader family in CI; an
/// .xlsx inventory's 3,000 mutants change one of its XML parts (or its zip) and are zipped again.
/// </summary>
public sealed class TextInputMutationTests
{
    private static readonly int _mutantsPerFamily = MutationBudget.PerFixture(10_000);

    // Each workbook mutant is zipped and unzipped: 3,000 take about as long as 10,000 CSV mutants.
    private static readonly int _workbookMutants = MutationBudget.PerFixture(3_000);
    private static readonly TimeSpan _hangBound = TimeSpan.FromSeconds(10);
    private static readonly SerialDecoder _decoder = new(BuiltInRules.Set.Facts.SerialFormat, BuiltInRules.Set.Facts.NotDateCoded);

    [Theory]
    [InlineData("inventory-csv", new[] { "sample-fleet/inventory.csv", "sample-fleet/branch-semicolon.csv", "sample-fleet/warehouse-unicode.txt" })]
    [InlineData("serial-list", new[] { "sample-fleet/spares.txt" })]
    // Issue 27: files of other kinds, told apart by their shape (a catalogue CSV, JSON of a trap or a HAR, a phone's log,
    // tables flattened by a copy), and captures kept in code.
    [InlineData("documents-not-read", new[] { "field/product-catalogue.csv", "field/snmp-trap.json", "field/browser-session.har", "field/ip-phone-tftp-log.txt", "field/fn-revision-table.md", "field/ca-page-flattened-table.md", "field/pdf-one-cell-per-line.txt" })]
    [InlineData("captures-in-code", new[] { "field/ansible-stdout-lines.json", "field/python-comment-ap-uptime.py", "field/netmiko-dict-show-version.py", "field/blog-inline-code-sysinfo.md" })]
    public void Read_Mutants_NeverThrowAndAccountForEveryRow(string family, string[] fixtures)
    {
        byte[][] originals = [.. fixtures.Select(f => File.ReadAllBytes(TestData.Path(f.Split('/'))))];
        var random = new Random(20261121);
        for (int i = 0; i < _mutantsPerFamily; i++)
        {
            Check(family, i, Mutate(originals[i % originals.Length], random));
        }
    }

    /// <summary>
    /// Mutants of an .xlsx inventory (testdata/inventories): one of its XML parts mutated as text above and zipped
    /// again, or (one in four) the zip's own bytes. The same promises hold as for a CSV.
    /// </summary>
    [Fact]
    public void Read_WorkbookMutants_NeverThrowAndAccountForEveryRow()
    {
        byte[] original = File.ReadAllBytes(TestData.Path("inventories", "fleet-two-sheets.xlsx"));
        List<(string Name, byte[] Bytes)> parts = Unzip(original);
        var random = new Random(20261121);
        for (int i = 0; i < _workbookMutants; i++)
        {
            int part = random.Next(parts.Count);
            byte[] mutant = random.Next(4) == 0
                ? Mutate(original, random)
                : Zip(parts.Select((p, index) => index == part ? (p.Name, Mutate(p.Bytes, random)) : p));
            Check("inventory-xlsx", i, mutant);
        }
    }

    private static void Check(string family, int i, byte[] mutant)
    {
        var sink = new CollectingSink();
        var clock = Stopwatch.StartNew();

        InputSummaryCounts counts = InputReader.Read(new InputSource("mutant", () => new MemoryStream(mutant)), sink);

        Assert.True(clock.Elapsed < _hangBound, $"{family} mutant {i} took {clock.Elapsed}");
        int rowErrors = sink.Errors.Count(e => e.Location.Line is not null);
        Assert.True(sink.Observations.Count + sink.Errors.Count >= counts.Rows, $"{family} mutant {i}: {counts.Rows} rows, {sink.Observations.Count} read, {sink.Errors.Count} errors");
        Assert.True(sink.Observations.Count + sink.Errors.Count + sink.Certificates.Count > 0, $"{family} mutant {i} left no trace");
        Assert.True(rowErrors <= counts.Rows + 1, $"{family} mutant {i}: more row errors than rows");
        foreach (var observation in sink.Observations)
        {
            // Each row becomes a device or an input error, never an exception.
            SerialDecoding decoding = _decoder.Decode(observation.Serial, observation.Model);
            Assert.True(decoding.Serial is not null || decoding.Error is not null);
        }
    }

    private static List<(string Name, byte[] Bytes)> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var bytes = new MemoryStream();
            using (Stream entry = e.Open())
            {
                entry.CopyTo(bytes);
            }

            return (e.FullName, bytes.ToArray());
        })];
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> parts)
    {
        using var bytes = new MemoryStream();
        using (var archive = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] content) in parts)
            {
                using Stream entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        int position = random.Next(original.Length);
        List<byte[]> lines = Split(original);
        int line = random.Next(lines.Count);
        return random.Next(9) switch
        {
            0 => Flip(original, position, random),
            1 => original[..position],
            2 => [.. original[..position], 0, .. original[position..]],
            3 => Join([.. lines[..line], lines[line], .. lines[line..]]),
            4 => Join([.. lines[..line], .. lines[Math.Min(lines.Count, line + 1)..]]),
            5 => [.. original[..position], .. Encoding.ASCII.GetBytes(new string('x', 100_000)), .. original[position..]],
            6 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original))],
            7 => [.. original[..position], 0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF, .. original[position..]],
            _ => [],
        };
    }

    private static byte[] Flip(byte[] original, int position, Random random)
    {
        byte[] bytes = (byte[])original.Clone();
        bytes[position] ^= (byte)(1 << random.Next(8));
        return bytes;
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] Join(IEnumerable<byte[]> lines) => lines.SelectMany(l => l).ToArray();
}

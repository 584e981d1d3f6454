using System.Text;
using CertInspect.Audit;
using CertInspect.Fleet;
using CertInspect.Inputs;

namespace CertInspect.Tests.Audit;

/// <summary>
/// Mutants of the sample fleet's text inputs (fixed seed): byte flips, truncations, duplicated and deleted lines,
/// NUL bytes, a 100 KB line, a change of encoding. Whatever the bytes, reading never throws, and every file is
/// accounted for: its rows are devices or input errors, and a file that gives neither has an input error.
/// </summary>
public sealed class TextInputMutationTests
{
    private static readonly int _mutantsPerFixture = MutationBudget.PerFixture(200);

    [Theory]
    [InlineData("inventory.csv")]
    [InlineData("branch-semicolon.csv")]
    [InlineData("warehouse-unicode.txt")]
    [InlineData("spares.txt")]
    public void Read_Mutants_NeverThrowAndAccountForEveryRow(string fixture)
    {
        byte[] original = File.ReadAllBytes(TestData.Path("sample-fleet", fixture));
        var random = new Random(20261121);
        for (int i = 0; i < _mutantsPerFixture; i++)
        {
            byte[] mutant = Mutate(original, random);
            using var builder = new FleetBuilder(BuiltInRules.Set);

            InputSummaryCounts counts = InputReader.Read(new InputSource(fixture, () => new MemoryStream(mutant)), builder);
            int errors = builder.ErrorCount(fixture);
            using DeviceFleet fleet = builder.Build();
            int occurrences = fleet.Devices().Sum(d => d.Occurrences.Count);

            Assert.True(occurrences + errors >= counts.Rows, $"mutant {i} of {fixture}: {counts.Rows} rows, {occurrences} occurrences, {errors} errors");
            Assert.True(occurrences + errors > 0, $"mutant {i} of {fixture} left no trace in the report");
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        int position = random.Next(original.Length);
        List<byte[]> lines = Split(original);
        int line = random.Next(lines.Count);
        return random.Next(8) switch
        {
            0 => Flip(original, position, random),
            1 => original[..position],
            2 => [.. original[..position], 0, .. original[position..]],
            3 => Join([.. lines[..line], lines[line], .. lines[line..]]),
            4 => Join([.. lines[..line], .. lines[Math.Min(lines.Count, line + 1)..]]),
            5 => [.. original[..position], .. Encoding.ASCII.GetBytes(new string('x', 100_000)), .. original[position..]],
            6 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original))],
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

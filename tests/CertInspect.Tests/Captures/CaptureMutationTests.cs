using System.Diagnostics;
using System.Text;
using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Dispatch;
using CertInspect.Inputs;

namespace CertInspect.Tests.Captures;

/// <summary>
/// The capture family of the mutation suite (fixed seed): every capture of testdata cut at every line boundary, and
/// 10,000 mutants in CI (byte flips, truncations, duplicated and deleted lines, NUL bytes, a 100 KB line, a 70 KB line
/// past the line limit, UTF-16, ANSI and backspace storms, empty files). Nothing throws, every line is accounted for,
/// every file leaves a trace (a device, a row or an input error), and no input takes longer than a hang bound.
/// </summary>
public sealed class CaptureMutationTests
{
    private static readonly int _mutants = MutationBudget.PerFixture(10_000);
    private static readonly TimeSpan _hangBound = TimeSpan.FromSeconds(10);
    private static readonly CaptureReader _reader = CaptureReaders.For(BuiltInRules.Set);

    private static IEnumerable<string> Fixtures() =>
        Directory.GetFiles(TestData.Path("captures"), "*.txt")
            .Concat(Directory.GetFiles(TestData.Path("sample-fleet", "captures")))
            .Concat(Directory.GetFiles(TestData.Path("field")).Where(IsTextFixture))
            .Order(StringComparer.Ordinal);

    // Every text fixture of testdata/field (issue 27 added captures kept in code: .py, .md, .json, .har): not the README,
    // the DER twin or the script that makes the fixtures.
    private static bool IsTextFixture(string path) =>
        Path.GetFileName(path) is not "README.md" && !path.EndsWith(".der", StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith("make_", StringComparison.Ordinal);

    [Fact]
    public void Read_CutAtEveryLineBoundary_AccountsForEveryLine()
    {
        foreach (string fixture in Fixtures())
        {
            string[] lines = File.ReadAllText(fixture).Split('\n');
            for (int cut = 0; cut <= lines.Length; cut++)
            {
                string text = string.Join('\n', lines.Take(cut));
                CaptureReport report = _reader.Read(new StringReader(text), fixture);
                Assert.Equal(report.Lines, report.LineCounts.Values.Sum());
                Assert.Equal(text.Length == 0 ? 0 : text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0), report.Lines);
            }
        }
    }

    [Fact]
    public void Read_Mutants_NeverThrowAndLeaveATrace()
    {
        byte[][] originals = [.. Fixtures().Select(File.ReadAllBytes)];
        var random = new Random(43050);
        for (int i = 0; i < _mutants; i++)
        {
            byte[] mutant = Mutate(originals[i % originals.Length], random);
            var clock = Stopwatch.StartNew();

            // Through the audit's reader (sniffing included), and straight through the capture reader.
            var sink = new CollectingSink();
            InputReader.Read(new InputSource("mutant", () => new MemoryStream(mutant)), sink, captures: _reader);
            CaptureReport report = _reader.Read(new StreamReader(new MemoryStream(mutant), Encoding.UTF8, detectEncodingFromByteOrderMarks: true), "mutant");

            Assert.True(clock.Elapsed < _hangBound, $"capture mutant {i} took {clock.Elapsed}");
            Assert.True(sink.Captures.Count + sink.Errors.Count + sink.Observations.Count + sink.Certificates.Count > 0, $"capture mutant {i} left no trace");
            Assert.Equal(report.Lines, report.LineCounts.Values.Sum());
            Assert.All(sink.Captures, d => Assert.True(d.HasEvidence));
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        int position = random.Next(original.Length + 1);
        string text = Encoding.UTF8.GetString(original);
        string[] lines = text.Split('\n');
        int line = random.Next(lines.Length);
        return random.Next(11) switch
        {
            0 => Flip(original, random),
            1 => original[..position],
            2 => [.. original[..position], 0, .. original[position..]],
            3 => Encoding.UTF8.GetBytes(string.Join('\n', [.. lines[..line], lines[line], .. lines[line..]])),
            4 => Encoding.UTF8.GetBytes(string.Join('\n', [.. lines[..line], .. lines[Math.Min(lines.Length, line + 1)..]])),
            5 => [.. original[..position], .. Encoding.ASCII.GetBytes(new string('x', 100_000)), .. original[position..]],
            6 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            7 => Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l => "\u001b[0m" + l + new string('\b', random.Next(8)) + " --More-- "))),
            8 => Encoding.UTF8.GetBytes(string.Join('\n', lines.OrderBy(_ => random.Next()))),
            9 => Encoding.UTF8.GetBytes(text.Insert(Math.Min(position, text.Length), "*Nov 19 13:39:00.000: " + new string('y', 70_000))),
            _ => [],
        };
    }

    private static byte[] Flip(byte[] original, Random random)
    {
        byte[] bytes = (byte[])original.Clone();
        if (bytes.Length > 0)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }
}

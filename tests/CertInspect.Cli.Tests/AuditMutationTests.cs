using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>
/// Mutated inputs of every family through the whole command (fixed seed): the exit code follows the documented
/// contract (1 when nothing was readable, else 0 without a gate; with --fail-on, 2 when any input error exists), no
/// stack trace reaches standard error, the JSON report parses, and the input appears in it.
/// </summary>
public sealed class AuditMutationTests
{
    private static readonly int _mutants = MutationBudget.PerFixture(1000);

    private static readonly string[] _fixtures =
    [
        "sample-fleet/inventory.csv", "sample-fleet/warehouse-unicode.txt", "sample-fleet/spares.txt",
        "certs/aps/ap1g4-mic.der", "certs/aps/c2600-dual-mic.pem", "certs/containers/chain.p7b", "certs/containers/ap-no-password.p12",
    ];

    [Fact]
    public void Audit_Mutants_FollowTheExitCodeContract()
    {
        var random = new Random(20261121);
        for (int i = 0; i < _mutants; i++)
        {
            string fixture = _fixtures[i % _fixtures.Length];
            byte[] bytes = File.ReadAllBytes(TestData.Path(fixture.Split('/')));
            int position = random.Next(bytes.Length);
            byte[] mutant = random.Next(3) switch
            {
                0 => bytes[..position],
                1 => [.. bytes[..position], (byte)random.Next(256), .. bytes[(position + 1)..]],
                _ => [.. bytes[..position], 0x84, 0xFF, 0xFF, 0xFF, 0xF0, .. bytes[position..]],
            };
            using TempFile file = TempFile.WithBytes(mutant, Path.GetExtension(fixture));
            bool gate = i % 2 == 1;

            CliRun run = gate
                ? CliRun.Invoke("audit", file.Path, "--as-of", "2026-11-21", "--format", "json", "--fail-on", "critical")
                : CliRun.Invoke("audit", file.Path, "--as-of", "2026-11-21", "--format", "json");

            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            using JsonDocument report = JsonDocument.Parse(run.Output);
            JsonElement summary = report.RootElement.GetProperty("summary");
            int devices = summary.GetProperty("devices").GetInt32();
            int errors = summary.GetProperty("inputErrors").GetInt32();
            int worst = report.RootElement.GetProperty("devices").EnumerateArray().Count(d => d.GetProperty("risk").GetString() == "critical");
            int expected = devices == 0 ? ExitCodes.UsageOrNothingReadable
                : gate && (errors > 0 || worst > 0) ? ExitCodes.GateFailed
                : ExitCodes.Done;
            Assert.True(expected == run.ExitCode, $"mutant {i} of {fixture}: exit {run.ExitCode}, expected {expected} ({devices} devices, {errors} errors)");
            Assert.Equal(file.Path, Assert.Single(report.RootElement.GetProperty("inputs").EnumerateArray()).GetProperty("source").GetString());
        }
    }
}

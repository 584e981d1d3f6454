using CertInspect.Certificates;

namespace CertInspect.Tests.Certificates;

/// <summary>
/// Mutants of valid fixtures (fixed seed): byte flips, truncations, inserted and deleted bytes, length bytes set to
/// claim gigabytes. Whatever the bytes, reading never throws: it gives certificates or input errors, and no file takes
/// longer than a bound only a hang would reach. 10,000 mutants per container family in CI.
/// </summary>
public sealed class CertificateMutationTests
{
    private static readonly int _mutantsPerFamily = MutationBudget.PerFixture(10_000);
    private static readonly TimeSpan _hangBound = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("der", new[] { "aps/ap1g4-mic.der", "violations/long-serial.der", "violations/t61-name.der" })]
    [InlineData("pem", new[] { "aps/sudi-ecdsa.pem", "aps/c2600-dual-mic.pem", "containers/console-session.txt", "containers/mic.b64" })]
    [InlineData("pkcs7", new[] { "containers/chain.p7b", "containers/chain-p7.pem" })]
    [InlineData("pkcs12", new[] { "containers/ap-no-password.p12", "containers/ap-password.p12" })]
    public void Read_Mutants_NeverThrow(string family, string[] fixtures)
    {
        byte[][] originals = [.. fixtures.Select(CertificateFixtures.Bytes)];
        var random = new Random(20261121);
        for (int i = 0; i < _mutantsPerFamily; i++)
        {
            byte[] mutant = Mutate(originals[i % originals.Length], random);
            var clock = System.Diagnostics.Stopwatch.StartNew();

            CertificateFileContents contents = CertificateFileReader.Read(mutant, family, _ => "Cisco123");

            Assert.True(clock.Elapsed < _hangBound, $"{family} mutant {i} took {clock.Elapsed}");
            Assert.True(contents.Certificates.Count + contents.Errors.Count > 0, $"{family} mutant {i} gave neither certificates nor errors");
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        byte[] bytes = (byte[])original.Clone();
        int position = random.Next(bytes.Length);
        switch (random.Next(5))
        {
            case 0:
                bytes[position] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                return bytes[..position];
            case 2:
                return [.. bytes[..position], (byte)random.Next(256), .. bytes[position..]];
            case 3:
                return [.. bytes[..position], .. bytes[Math.Min(bytes.Length, position + 1 + random.Next(8))..]];
            default:
                // A long-form length claiming 4 GiB where a length byte may be.
                return [.. bytes[..position], 0x84, 0xFF, 0xFF, 0xFF, 0xF0, .. bytes[Math.Min(bytes.Length, position + 1)..]];
        }
    }
}

using CertInspect.Certificates;

namespace CertInspect.Tests.Certificates;

/// <summary>
/// Mutants of valid fixtures (fixed seed): byte flips, truncations, inserted and deleted bytes, length bytes set to
/// claim gigabytes. Whatever the bytes, reading never throws: it gives certificates or input errors.
/// </summary>
public sealed class CertificateMutationTests
{
    private static readonly int _mutantsPerFixture = MutationBudget.PerFixture(1500);

    [Theory]
    [InlineData("aps/ap1g4-mic.der")]
    [InlineData("aps/sudi-ecdsa.pem")]
    [InlineData("containers/chain.p7b")]
    [InlineData("containers/ap-no-password.p12")]
    [InlineData("violations/long-serial.der")]
    public void Read_Mutants_NeverThrow(string fixture)
    {
        byte[] original = CertificateFixtures.Bytes(fixture);
        var random = new Random(20261121);
        for (int i = 0; i < _mutantsPerFixture; i++)
        {
            byte[] mutant = Mutate(original, random);
            CertificateFileContents contents = CertificateFileReader.Read(mutant, fixture, () => null);

            Assert.True(contents.Certificates.Count + contents.Errors.Count > 0, $"mutant {i} of {fixture} gave neither certificates nor errors");
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

namespace CertInspect.Facts;

/// <summary>
/// Cisco's public CA certificates, built into the library (Facts/Data/cisco-pki/, one file per CA the catalogue
/// names in <see cref="CiscoCa.Certificate"/>). They are read here as bytes; decoding them is the certificate
/// reader's work.
/// </summary>
public static class CiscoPki
{
    private const string ResourcePrefix = "CertInspect.Facts.Data.cisco-pki.";

    /// <summary>The built-in certificate file of a CA, as stored (PEM); null when the catalogue names none.</summary>
    /// <exception cref="RuleDataException">The catalogue names a file the library does not hold.</exception>
    public static byte[]? Read(CiscoCa ca)
    {
        ArgumentNullException.ThrowIfNull(ca);
        if (ca.Certificate is null)
        {
            return null;
        }

        using Stream stream = typeof(CiscoPki).Assembly.GetManifestResourceStream(ResourcePrefix + ca.Certificate)
            ?? throw new RuleDataException($"ciscoCa '{ca.Id}' names certificate '{ca.Certificate}', which is not built in (Facts/Data/cisco-pki/)");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Whether the library holds a certificate file of that name.</summary>
    public static bool Holds(string file) =>
        typeof(CiscoPki).Assembly.GetManifestResourceInfo(ResourcePrefix + file) is not null;
}

using System.Security.Cryptography;

namespace CertInspect.Evidence;

/// <summary>The object identifiers CertInspect names, from RFC 5280, RFC 4055, RFC 5758 and PKCS #9.</summary>
internal static class Oids
{
    public const string RsaEncryption = "1.2.840.113549.1.1.1";
    public const string RsaPss = "1.2.840.113549.1.1.10";
    public const string EcPublicKey = "1.2.840.10045.2.1";
    public const string Pkcs7SignedData = "1.2.840.113549.1.7.2";
    public const string Pkcs7Data = "1.2.840.113549.1.7.1";

    public const string SubjectKeyIdentifier = "2.5.29.14";
    public const string KeyUsage = "2.5.29.15";
    public const string SubjectAltName = "2.5.29.17";
    public const string BasicConstraints = "2.5.29.19";
    public const string CrlDistributionPoints = "2.5.29.31";
    public const string AuthorityKeyIdentifier = "2.5.29.35";

    /// <summary>Extensions CertInspect understands, or that RFC 5280 §4.2 lists and a relying party handles.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        SubjectKeyIdentifier, KeyUsage, SubjectAltName, BasicConstraints, CrlDistributionPoints, AuthorityKeyIdentifier,
        "2.5.29.15", "2.5.29.32", "2.5.29.33", "2.5.29.18", "2.5.29.30", "2.5.29.36", "2.5.29.37", "2.5.29.54",
        "2.5.29.46", "1.3.6.1.5.5.7.1.1", "1.3.6.1.5.5.7.1.11",
    };

    public static readonly IReadOnlyDictionary<string, string> NameEntrys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["2.5.4.3"] = "CN",
        ["2.5.4.4"] = "SN",
        ["2.5.4.5"] = "serialNumber",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "ST",
        ["2.5.4.9"] = "STREET",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["2.5.4.12"] = "title",
        ["2.5.4.42"] = "GN",
        ["0.9.2342.19200300.100.1.25"] = "DC",
        ["0.9.2342.19200300.100.1.1"] = "UID",
        ["1.2.840.113549.1.9.1"] = "emailAddress",
        ["1.2.840.113549.1.9.2"] = "unstructuredName",
        ["1.2.840.113549.1.9.8"] = "unstructuredAddress",
    };

    public static readonly IReadOnlyDictionary<string, (string Name, HashAlgorithmName? Hash, SignatureScheme Scheme)> SignatureAlgorithms =
        new Dictionary<string, (string, HashAlgorithmName?, SignatureScheme)>(StringComparer.Ordinal)
        {
            ["1.2.840.113549.1.1.4"] = ("md5WithRSAEncryption", HashAlgorithmName.MD5, SignatureScheme.RsaPkcs1),
            ["1.2.840.113549.1.1.5"] = ("sha1WithRSAEncryption", HashAlgorithmName.SHA1, SignatureScheme.RsaPkcs1),
            ["1.2.840.113549.1.1.11"] = ("sha256WithRSAEncryption", HashAlgorithmName.SHA256, SignatureScheme.RsaPkcs1),
            ["1.2.840.113549.1.1.12"] = ("sha384WithRSAEncryption", HashAlgorithmName.SHA384, SignatureScheme.RsaPkcs1),
            ["1.2.840.113549.1.1.13"] = ("sha512WithRSAEncryption", HashAlgorithmName.SHA512, SignatureScheme.RsaPkcs1),
            [RsaPss] = ("rsassaPss", null, SignatureScheme.RsaPss),
            ["1.2.840.10045.4.1"] = ("ecdsa-with-SHA1", HashAlgorithmName.SHA1, SignatureScheme.Ecdsa),
            ["1.2.840.10045.4.3.2"] = ("ecdsa-with-SHA256", HashAlgorithmName.SHA256, SignatureScheme.Ecdsa),
            ["1.2.840.10045.4.3.3"] = ("ecdsa-with-SHA384", HashAlgorithmName.SHA384, SignatureScheme.Ecdsa),
            ["1.2.840.10045.4.3.4"] = ("ecdsa-with-SHA512", HashAlgorithmName.SHA512, SignatureScheme.Ecdsa),
        };

    public static readonly IReadOnlyDictionary<string, HashAlgorithmName> Hashes = new Dictionary<string, HashAlgorithmName>(StringComparer.Ordinal)
    {
        ["1.3.14.3.2.26"] = HashAlgorithmName.SHA1,
        ["2.16.840.1.101.3.4.2.1"] = HashAlgorithmName.SHA256,
        ["2.16.840.1.101.3.4.2.2"] = HashAlgorithmName.SHA384,
        ["2.16.840.1.101.3.4.2.3"] = HashAlgorithmName.SHA512,
    };

    public static readonly IReadOnlyDictionary<string, string> Curves = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1.2.840.10045.3.1.7"] = "P-256",
        ["1.3.132.0.34"] = "P-384",
        ["1.3.132.0.35"] = "P-521",
    };
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Captures;

/// <summary>
/// A certificate as command output describes it, gathered field by field, then turned into the same facts a
/// decoded certificate gives (<see cref="ToLocated"/>), marked as textual: no DER, no signature, no SHA-256.
/// </summary>
internal sealed partial class TextCertificate(SourceLocation location, string textSource, string heading)
{
    private static readonly Dictionary<string, (string Oid, string ShortName)> _attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cn"] = ("2.5.4.3", "CN"),
        ["o"] = ("2.5.4.10", "O"),
        ["ou"] = ("2.5.4.11", "OU"),
        ["l"] = ("2.5.4.7", "L"),
        ["st"] = ("2.5.4.8", "ST"),
        ["s"] = ("2.5.4.8", "ST"),
        ["c"] = ("2.5.4.6", "C"),
        ["street"] = ("2.5.4.9", "STREET"),
        ["serialNumber"] = ("2.5.4.5", "serialNumber"),
        ["sn"] = ("2.5.4.5", "serialNumber"),
        ["ea"] = ("1.2.840.113549.1.9.1", "emailAddress"),
        ["e"] = ("1.2.840.113549.1.9.1", "emailAddress"),
        ["email"] = ("1.2.840.113549.1.9.1", "emailAddress"),
        ["emailAddress"] = ("1.2.840.113549.1.9.1", "emailAddress"),
        ["mailto"] = ("1.2.840.113549.1.9.1", "emailAddress"),
        ["hostname"] = ("1.2.840.113549.1.9.2", "unstructuredName"),
        ["unstructuredName"] = ("1.2.840.113549.1.9.2", "unstructuredName"),
        ["ipaddress"] = ("1.2.840.113549.1.9.8", "unstructuredAddress"),
        ["unstructuredAddress"] = ("1.2.840.113549.1.9.8", "unstructuredAddress"),
        ["dc"] = ("0.9.2342.19200300.100.1.25", "DC"),
        ["uid"] = ("0.9.2342.19200300.100.1.1", "UID"),
    };

    private readonly List<List<NameEntry>> _subject = [];
    private readonly List<List<NameEntry>> _issuer = [];
    private readonly List<string> _ambiguities = [];
    private readonly StringBuilder _text = new();
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public SourceLocation Location { get; } = location;

    /// <summary>The heading or name the output gives the certificate ("CA Certificate", "Cisco SHA2 device cert").</summary>
    public string Heading { get; } = heading;

    public string? SerialHex { get; set; }

    public ParsedTime? NotBefore { get; private set; }

    public ParsedTime? NotAfter { get; private set; }

    public string? SignatureText { get; set; }

    public string? Sha1Fingerprint { get; set; }

    public int? KeyBits { get; set; }

    public string? KeyAlgorithm { get; set; }

    public int? Version { get; set; }

    public CertificateRole? StatedRole { get; set; }

    public bool IsCa { get; set; }

    /// <summary>The "Serial Number:" line under Subject, IOS's display of the serialNumber attribute.</summary>
    public string? SubjectSerialNumber { get; set; }

    public List<string> Trustpoints { get; } = [];

    public List<string> CrlDistributionPoints { get; } = [];

    /// <summary>Verbose output's "X509v3 Key Usage" names, as the decoder names them (digitalSignature, ...).</summary>
    public List<string> KeyUsage { get; } = [];

    public List<string> SubjectAltNames { get; } = [];

    public string? SubjectKeyId { get; set; }

    public string? AuthorityKeyId { get; set; }

    public bool HasNames => _subject.Count + _issuer.Count > 0;

    public void Remember(string line) => _text.AppendLine(line);

    public void SetNotBefore(ParsedTime time) => NotBefore = time;

    public void SetNotAfter(ParsedTime time) => NotAfter = time;

    /// <summary>Adds "cn=X" or "a=b+c=d" (one multi-valued RDN) to the subject or the issuer, in display order.</summary>
    public bool AddNameLine(string line, bool subject)
    {
        var rdn = new List<NameEntry>();
        foreach (string part in MultiValueSeparator().Split(line.Trim()))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            string key = part[..equals].Trim();
            string value = part[(equals + 1)..].Trim();
            (string oid, string shortName) = _attributes.TryGetValue(key, out var known) ? known : (string.Empty, key);
            rdn.Add(new NameEntry(oid, shortName, value, "text"));
        }

        (subject ? _subject : _issuer).Add(rdn);
        return true;
    }

    /// <summary>Adds a one-line name in OpenSSL's order, country first ("C=US, ST=California, ..., CN=X").</summary>
    public bool AddOneLineName(string line, bool subject)
    {
        string[] parts = OneLineSeparator().Split(line.Trim());
        if (parts.Any(p => p.IndexOf('=', StringComparison.Ordinal) <= 0))
        {
            return false;
        }

        // Stored in display order, most specific first, like IOS's: reverse OpenSSL's.
        foreach (string part in parts.Reverse())
        {
            AddNameLine(part, subject);
        }

        return true;
    }

    public void AddAmbiguity(string text) => _ambiguities.Add(text);

    /// <summary>The fields added so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>Other fields the text gave (status, storage, renew date, trustpoints, ...), for the record.</summary>
    public void AddField(string key, string value) => _fields.Add(new KeyValuePair<string, string>(key, value));

    /// <summary>Joins a wrapped line back onto the last attribute of the subject or issuer, with what the wrap took
    /// out of it (", " where IOS broke the value at its comma, nothing where the terminal broke a long line).</summary>
    public bool AppendToLastName(string text, bool subject, string separator)
    {
        List<List<NameEntry>> rdns = subject ? _subject : _issuer;
        if (rdns.Count == 0)
        {
            return false;
        }

        NameEntry last = rdns[^1][^1];
        rdns[^1][^1] = last with { Value = last.Value + separator + text };
        return true;
    }

    /// <summary>The facts, or the reason there are none (a certificate without an end date says nothing to rely on).</summary>
    public (LocatedCertificate? Certificate, string? Problem) ToLocated(IReadOnlyList<CiscoCa> cas, int index)
    {
        if (NotAfter is null)
        {
            return (null, $"the {Heading} block gives no end date: not used");
        }

        // IOS prints names most specific first; a certificate encodes them country first.
        var subject = new DistinguishedName(Encoded(_subject, SubjectSerialNumber));
        var issuer = new DistinguishedName(Encoded(_issuer, null));
        var facts = new CertificateFacts
        {
            Der = ReadOnlyMemory<byte>.Empty,
            Version = Version ?? 0,
            SerialHex = SerialHex ?? string.Empty,
            Subject = subject,
            Issuer = issuer,
            NotBefore = NotBefore?.Value ?? DateTimeOffset.MinValue,
            HasNotBefore = NotBefore is not null,
            NotAfter = NotAfter.Value,
            SignatureAlgorithm = Algorithm(issuer, cas),
            PublicKey = new PublicKeyInfo(KeyAlgorithm ?? "unknown", KeyBits, null, ReadOnlyMemory<byte>.Empty),
            IsCa = IsCa ? true : null,
            CrlDistributionPoints = CrlDistributionPoints,
            KeyUsage = KeyUsage,
            SubjectAltNames = SubjectAltNames,
            SubjectKeyId = SubjectKeyId,
            AuthorityKeyId = AuthorityKeyId,

            // Not a fingerprint: a stable handle on the text block, which identity and the CSV's short ids need.
            Sha256Fingerprint = "text-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())))[..32],
            Sha1Fingerprint = Sha1Fingerprint ?? string.Empty,
            SignedPart = ReadOnlyMemory<byte>.Empty,
            SignatureValue = ReadOnlyMemory<byte>.Empty,
            TextSource = textSource,
            StatedRole = StatedRole,
            TextFields = [.. _fields, .. Trustpoints.Count > 0 ? [new KeyValuePair<string, string>("associated trustpoints", string.Join(' ', Trustpoints))] : Array.Empty<KeyValuePair<string, string>>()],
            AmbiguousTimes = [.. _ambiguities, .. new[] { NotBefore?.Ambiguity, NotAfter.Ambiguity }.OfType<string>()],
            DateNotes = DateNotes(subject, cas),
        };
        return (new LocatedCertificate(facts, Location, textSource, index), null);
    }

    // A wrapped date read back is checked against the catalogue when the certificate is one of Cisco's CAs: the same
    // end, to the day, confirms the reading; another end is said, not corrected.
    private List<string> DateNotes(DistinguishedName subject, IReadOnlyList<CiscoCa> cas)
    {
        var notes = new List<string>();
        if (NotBefore?.Recovery is { } start)
        {
            notes.Add("start date " + start);
        }

        if (NotAfter?.Recovery is { } end)
        {
            notes.Add("end date " + end);
            CiscoCa? ca = IsCa || StatedRole == CertificateRole.CertificateAuthority
                ? cas.FirstOrDefault(c => string.Equals(c.CommonName, subject.CommonName, StringComparison.OrdinalIgnoreCase))
                : null;
            if (ca?.NotAfter is { } catalogued)
            {
                bool same = Math.Abs((catalogued - NotAfter.Value).TotalDays) < 1;
                notes.Add($"{(same ? "the same end as" : "not the end of")} {ca.CommonName} in the catalogue of Cisco CAs ({catalogued.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)})");
            }
        }

        return notes;
    }

    private static List<IReadOnlyList<NameEntry>> Encoded(List<List<NameEntry>> displayed, string? serialNumber)
    {
        var rdns = displayed.AsEnumerable().Reverse().Select(r => (IReadOnlyList<NameEntry>)r).ToList();
        if (serialNumber is not null && !rdns.SelectMany(r => r).Any(e => e.ShortName == "serialNumber"))
        {
            rdns.Add([new NameEntry("2.5.4.5", "serialNumber", serialNumber, "text")]);
        }

        return rdns;
    }

    // The text's own algorithm when it prints one; else the one the issuing Cisco CA is known to use, marked inferred.
    private SignatureAlgorithm Algorithm(DistinguishedName issuer, IReadOnlyList<CiscoCa> cas)
    {
        if (SignatureText is { } text && SignatureAlgorithmText.Read(text) is { } stated)
        {
            return stated;
        }

        CiscoCa? ca = cas.FirstOrDefault(c => string.Equals(c.CommonName, issuer.CommonName, StringComparison.OrdinalIgnoreCase));
        if (ca?.LeafSignatureAlgorithm is { } leaf && SignatureAlgorithmText.Read(leaf) is { } inferred)
        {
            return inferred with { Name = inferred.Name + " (inferred from the issuer)" };
        }

        // A Cisco CA's own certificate, described in text: its algorithm is in the rules data.
        CiscoCa? self = IsCa ? cas.FirstOrDefault(c => string.Equals(c.CommonName, _subject.SelectMany(r => r).FirstOrDefault(e => e.ShortName == "CN")?.Value, StringComparison.OrdinalIgnoreCase)) : null;
        if (self?.SignatureAlgorithm is { } own && SignatureAlgorithmText.Read(own) is { } known)
        {
            return known with { Name = known.Name + " (from the rules data for this CA)" };
        }

        return new SignatureAlgorithm(string.Empty, SignatureText ?? "not shown", null, SignatureScheme.Unknown);
    }

    public static string HexSerial(string text)
    {
        string value = text.Trim();
        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            value = value[2..];
        }

        return new string(value.Where(c => !char.IsWhiteSpace(c) && c != ':').ToArray()).ToUpperInvariant();
    }

    public static int? Bits(string text) =>
        BitsPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\+(?=\s*[A-Za-z][\w.\-]*\s*=)", RegexOptions.CultureInvariant)]
    private static partial Regex MultiValueSeparator();

    [GeneratedRegex(@",\s*(?=[A-Za-z][\w.\-]*\s*=)", RegexOptions.CultureInvariant)]
    private static partial Regex OneLineSeparator();

    [GeneratedRegex(@"\((\d{3,5}) bit\)", RegexOptions.CultureInvariant)]
    private static partial Regex BitsPattern();
}

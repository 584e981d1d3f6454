using System.Formats.Asn1;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// Reads X.509 certificates (RFC 5280) with System.Formats.Asn1 in BER mode, so that what OpenSSL accepts is read
/// too: each breach of RFC 5280 or of DER becomes a violation on the facts instead of a rejection. Only bytes that
/// are not a certificate at all fail, with the byte offset and the field where reading stopped.
/// </summary>
public static class CertificateDecoder
{
    private static readonly Asn1Tag _explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag _explicit3 = new(TagClass.ContextSpecific, 3, isConstructed: true);
    private static readonly string[] _keyUsageNames =
        ["digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];

    public static CertificateDecoding Decode(ReadOnlyMemory<byte> data)
    {
        var context = new DecodeContext(data);
        try
        {
            return new CertificateDecoding(Read(data, context), null, null);
        }
        catch (AsnContentException e)
        {
            return CertificateDecoding.Failed($"not an X.509 certificate: {e.Message} (reading {context.Field})", context.Offset);
        }
        catch (CryptographicException e)
        {
            return CertificateDecoding.Failed($"not an X.509 certificate: {e.Message} (reading {context.Field})", context.Offset);
        }
    }

    private static CertificateFacts Read(ReadOnlyMemory<byte> data, DecodeContext context)
    {
        var violations = context.Violations;
        var outer = new AsnReader(data, AsnEncodingRules.BER);
        context.At("Certificate", outer);
        ReadOnlyMemory<byte> der = outer.PeekEncodedValue();
        AsnReader certificate = outer.ReadSequence();
        if (outer.HasData)
        {
            violations.Add("trailing bytes after the certificate");
        }

        context.At("tbsCertificate", certificate);
        ReadOnlyMemory<byte> signedPart = certificate.PeekEncodedValue();
        AsnReader tbs = certificate.ReadSequence();

        int version = 1;
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(_explicit0))
        {
            context.At("version", tbs);
            AsnReader versionReader = tbs.ReadSequence(_explicit0);
            int? encoded = SmallInteger(ReadIntegerContent(versionReader));
            if (encoded is not (0 or 1 or 2))
            {
                violations.Add("version: not v1, v2 or v3 (RFC 5280 §4.1.2.1); read as v3");
            }

            version = encoded is 0 or 1 or 2 ? encoded.Value + 1 : 3;
        }

        context.At("serialNumber", tbs);
        byte[] serial = ReadIntegerContent(tbs);
        CheckSerial(serial, violations);

        context.At("signature", tbs);
        string innerAlgorithm = ReadAlgorithm(tbs).Oid;
        context.At("issuer", tbs);
        DistinguishedName issuer = ReadName(tbs, violations, "issuer");
        context.At("validity", tbs);
        AsnReader validity = tbs.ReadSequence();
        context.At("notBefore", validity);
        DateTimeOffset notBefore = ReadTime(validity, violations, "notBefore");
        context.At("notAfter", validity);
        DateTimeOffset notAfter = ReadTime(validity, violations, "notAfter");
        context.At("subject", tbs);
        DistinguishedName subject = ReadName(tbs, violations, "subject");
        context.At("subjectPublicKeyInfo", tbs);
        PublicKeyInfo publicKey = ReadPublicKey(tbs);

        var facts = new ExtensionFacts();
        while (tbs.HasData)
        {
            Asn1Tag tag = tbs.PeekTag();
            if (tag.HasSameClassAndValue(_explicit3))
            {
                context.At("extensions", tbs);
                if (version < 3)
                {
                    violations.Add(string.Create(CultureInfo.InvariantCulture, $"extensions in a version {version} certificate (RFC 5280 §4.1.2.1: MUST be version 3)"));
                }

                ReadExtensions(tbs.ReadSequence(_explicit3).ReadSequence(), facts, violations);
            }
            else
            {
                // issuerUniqueID [1] and subjectUniqueID [2]: obsolete, nothing to report.
                tbs.ReadEncodedValue();
            }
        }

        context.At("signatureAlgorithm", certificate);
        (string algorithmOid, SignatureAlgorithm algorithm) = ReadAlgorithm(certificate);
        if (!string.Equals(algorithmOid, innerAlgorithm, StringComparison.Ordinal))
        {
            violations.Add("signatureAlgorithm differs from tbsCertificate.signature (RFC 5280 §4.1.1.2: MUST be the same)");
        }

        context.At("signatureValue", certificate);
        byte[] signature = certificate.ReadBitString(out _);

        if (FirstDerViolation(der) is { } derProblem)
        {
            violations.Insert(0, $"not DER (X.690 §10, required by RFC 5280 §4.1): {derProblem}");
        }

        return new CertificateFacts
        {
            Der = der,
            Version = version,
            SerialHex = Convert.ToHexString(serial),
            Subject = subject,
            Issuer = issuer,
            NotBefore = notBefore,
            NotAfter = notAfter,
            SignatureAlgorithm = algorithm,
            PublicKey = publicKey,
            SubjectKeyId = facts.SubjectKeyId,
            AuthorityKeyId = facts.AuthorityKeyId,
            IsCa = facts.IsCa,
            PathLength = facts.PathLength,
            KeyUsage = facts.KeyUsage,
            SubjectAltNames = facts.SubjectAltNames,
            CrlDistributionPoints = facts.CrlDistributionPoints,
            Sha256Fingerprint = Fingerprint(SHA256.HashData(der.Span)),
#pragma warning disable CA5350 // A SHA-1 fingerprint identifies, it does not protect: it is what Cisco CLIs print.
            Sha1Fingerprint = Fingerprint(SHA1.HashData(der.Span)),
#pragma warning restore CA5350
            Violations = violations,
            SignedPart = signedPart,
            SignatureValue = signature,
        };
    }

    // RFC 5280 §4.1.2.2: a positive integer of at most 20 octets; X.690 §8.3.2: in the fewest octets.
    private static void CheckSerial(byte[] serial, List<string> violations)
    {
        if (serial.Length > 1 && ((serial[0] == 0x00 && serial[1] < 0x80) || (serial[0] == 0xFF && serial[1] >= 0x80)))
        {
            violations.Add("serialNumber: non-minimal integer encoding (X.690 §8.3.2)");
        }

        if (serial.Length > 0 && serial[0] >= 0x80)
        {
            violations.Add("serialNumber: negative (RFC 5280 §4.1.2.2: MUST be a positive integer)");
        }
        else if (serial.All(b => b == 0))
        {
            violations.Add("serialNumber: zero (RFC 5280 §4.1.2.2: MUST be a positive integer)");
        }

        if (serial.Length > 20)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"serialNumber: {serial.Length} octets (RFC 5280 §4.1.2.2: at most 20)"));
        }
    }

    // The content octets of an INTEGER, read without AsnReader's minimal-encoding check, which real serials fail.
    private static byte[] ReadIntegerContent(AsnReader reader)
    {
        ReadOnlySpan<byte> encoded = reader.ReadEncodedValue().Span;
        Asn1Tag tag = Asn1Tag.Decode(encoded, out _);
        if (!tag.HasSameClassAndValue(Asn1Tag.Integer))
        {
            throw new AsnContentException($"expected an INTEGER, found {tag}");
        }

        return Content(encoded).ToArray();
    }

    private static BigInteger IntegerValue(byte[] content) => new(content, isUnsigned: false, isBigEndian: true);

    // An INTEGER as an int, or null when it does not fit: hostile input must not overflow a cast.
    private static int? SmallInteger(byte[] content)
    {
        BigInteger value = IntegerValue(content);
        return value >= int.MinValue && value <= int.MaxValue ? (int)value : null;
    }

    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> encoded)
    {
        AsnDecoder.ReadEncodedValue(encoded, AsnEncodingRules.BER, out int offset, out int length, out _);
        return encoded.Slice(offset, length);
    }

    private static (string Oid, SignatureAlgorithm Algorithm) ReadAlgorithm(AsnReader reader)
    {
        AsnReader sequence = reader.ReadSequence();
        string oid = sequence.ReadObjectIdentifier();
        if (oid == Oids.RsaPss && sequence.HasData)
        {
            return (oid, ReadPssParameters(sequence.ReadSequence()));
        }

        return Oids.SignatureAlgorithms.TryGetValue(oid, out var known)
            ? (oid, new SignatureAlgorithm(oid, known.Name, known.Hash, known.Scheme))
            : (oid, new SignatureAlgorithm(oid, oid, null, SignatureScheme.Unknown));
    }

    // RFC 4055 §3.1: RSASSA-PSS-params, every field defaulted (SHA-1, MGF1 with SHA-1, salt 20).
    private static SignatureAlgorithm ReadPssParameters(AsnReader parameters)
    {
        HashAlgorithmName hash = HashAlgorithmName.SHA1;
        int salt = 20;
        while (parameters.HasData)
        {
            Asn1Tag tag = parameters.PeekTag();
            AsnReader field = parameters.ReadSequence(tag);
            if (tag.TagValue == 0)
            {
                string hashOid = field.ReadSequence().ReadObjectIdentifier();
                hash = Oids.Hashes.TryGetValue(hashOid, out HashAlgorithmName h) ? h : default;
            }
            else if (tag.TagValue == 2)
            {
                salt = SmallInteger(ReadIntegerContent(field)) ?? -1;
            }
        }

        string name = hash == default ? "rsassaPss" : $"rsassaPss-{hash.Name!.ToLowerInvariant()}";
        return new SignatureAlgorithm(Oids.RsaPss, name, hash == default ? null : hash, SignatureScheme.RsaPss, salt);
    }

    private static DistinguishedName ReadName(AsnReader reader, List<string> violations, string field)
    {
        var rdns = new List<IReadOnlyList<NameEntry>>();
        AsnReader name = reader.ReadSequence();
        while (name.HasData)
        {
            AsnReader set = name.ReadSetOf(skipSortOrderValidation: true);
            var attributes = new List<NameEntry>();
            while (set.HasData)
            {
                AsnReader attribute = set.ReadSequence();
                string oid = attribute.ReadObjectIdentifier();
                (string value, string type) = ReadDirectoryString(attribute.ReadEncodedValue().Span);
                string shortName = Oids.NameEntrys.GetValueOrDefault(oid, oid);
                if (type is "T61String" or "BMPString" or "UniversalString")
                {
                    violations.Add($"{field} {shortName}: {type} (RFC 5280 §4.1.2.4: MUST be PrintableString or UTF8String)");
                }

                attributes.Add(new NameEntry(oid, shortName, value, type));
            }

            rdns.Add(attributes);
        }

        return new DistinguishedName(rdns);
    }

    private static (string Value, string Type) ReadDirectoryString(ReadOnlySpan<byte> encoded)
    {
        Asn1Tag tag = Asn1Tag.Decode(encoded, out _);
        ReadOnlySpan<byte> content = Content(encoded);
        if (tag.TagClass != TagClass.Universal)
        {
            return (Convert.ToHexString(content), tag.ToString());
        }

        return (UniversalTagNumber)tag.TagValue switch
        {
            UniversalTagNumber.UTF8String => (Encoding.UTF8.GetString(content), "UTF8String"),
            UniversalTagNumber.PrintableString => (Encoding.Latin1.GetString(content), "PrintableString"),
            UniversalTagNumber.IA5String => (Encoding.Latin1.GetString(content), "IA5String"),
            UniversalTagNumber.VisibleString => (Encoding.Latin1.GetString(content), "VisibleString"),
            UniversalTagNumber.NumericString => (Encoding.Latin1.GetString(content), "NumericString"),

            // T61 (Teletex) is read as Latin-1, as OpenSSL does: right for every character Cisco names use.
            UniversalTagNumber.T61String => (Encoding.Latin1.GetString(content), "T61String"),
            UniversalTagNumber.BMPString => (Encoding.BigEndianUnicode.GetString(content), "BMPString"),
            UniversalTagNumber.UniversalString => (new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(content), "UniversalString"),
            _ => ("#" + Convert.ToHexString(encoded), ((UniversalTagNumber)tag.TagValue).ToString()),
        };
    }

    private static DateTimeOffset ReadTime(AsnReader reader, List<string> violations, string field)
    {
        ReadOnlySpan<byte> encoded = reader.ReadEncodedValue().Span;
        Asn1Tag tag = Asn1Tag.Decode(encoded, out _);
        bool generalized = tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);
        if (!generalized && !tag.HasSameClassAndValue(Asn1Tag.UtcTime))
        {
            throw new AsnContentException($"expected UTCTime or GeneralizedTime, found {tag}");
        }

        string text = Encoding.ASCII.GetString(Content(encoded));
        return CertificateTime.Parse(text, generalized, violations, field)
            ?? throw new AsnContentException($"'{text}' is not a valid {(generalized ? "GeneralizedTime" : "UTCTime")}");
    }

    private static PublicKeyInfo ReadPublicKey(AsnReader reader)
    {
        ReadOnlyMemory<byte> encoded = reader.PeekEncodedValue();
        AsnReader spki = reader.ReadSequence();
        AsnReader algorithm = spki.ReadSequence();
        string oid = algorithm.ReadObjectIdentifier();
        byte[] key = spki.ReadBitString(out _);
        switch (oid)
        {
            case Oids.RsaEncryption:
            case Oids.RsaPss:
                AsnReader rsa = new AsnReader(key, AsnEncodingRules.BER).ReadSequence();
                byte[] modulus = ReadIntegerContent(rsa);
                return new PublicKeyInfo("RSA", (int)Math.Min(int.MaxValue, IntegerValue(modulus).GetBitLength()), null, encoded);
            case Oids.EcPublicKey:
                string? curve = algorithm.HasData && algorithm.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier)
                    ? algorithm.ReadObjectIdentifier()
                    : null;
                return new PublicKeyInfo("EC", null, curve is null ? "explicit parameters" : Oids.Curves.GetValueOrDefault(curve, curve), encoded);
            default:
                return new PublicKeyInfo(oid, null, null, encoded);
        }
    }

    private static void ReadExtensions(AsnReader extensions, ExtensionFacts facts, List<string> violations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (extensions.HasData)
        {
            AsnReader extension = extensions.ReadSequence();
            string oid = extension.ReadObjectIdentifier();
            bool critical = extension.HasData && extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && extension.ReadBoolean();
            byte[] value = extension.ReadOctetString();
            if (!seen.Add(oid))
            {
                violations.Add($"extension {oid} appears twice (RFC 5280 §4.2: MUST NOT)");
            }

            if (critical && !Oids.KnownExtensions.Contains(oid))
            {
                violations.Add($"unknown critical extension {oid} (RFC 5280 §4.2: a relying party MUST reject it)");
            }

            try
            {
                ReadExtension(oid, new AsnReader(value, AsnEncodingRules.BER), facts);
            }
            catch (AsnContentException e)
            {
                violations.Add($"extension {oid} is malformed: {e.Message}");
            }
        }
    }

    private static void ReadExtension(string oid, AsnReader value, ExtensionFacts facts)
    {
        switch (oid)
        {
            case Oids.SubjectKeyIdentifier:
                facts.SubjectKeyId = Convert.ToHexString(value.ReadOctetString());
                break;
            case Oids.AuthorityKeyIdentifier:
                AsnReader aki = value.ReadSequence();
                var keyIdTag = new Asn1Tag(TagClass.ContextSpecific, 0);
                if (aki.HasData && aki.PeekTag().HasSameClassAndValue(keyIdTag))
                {
                    facts.AuthorityKeyId = Convert.ToHexString(aki.ReadOctetString(keyIdTag));
                }

                break;
            case Oids.BasicConstraints:
                AsnReader constraints = value.ReadSequence();
                facts.IsCa = constraints.HasData && constraints.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && constraints.ReadBoolean();
                facts.PathLength = constraints.HasData ? SmallInteger(ReadIntegerContent(constraints)) ?? int.MaxValue : null;
                break;
            case Oids.KeyUsage:
                byte[] bits = value.ReadBitString(out _);
                facts.KeyUsage = _keyUsageNames.Where((_, i) => i / 8 < bits.Length && (bits[i / 8] & (0x80 >> (i % 8))) != 0).ToList();
                break;
            case Oids.SubjectAltName:
                facts.SubjectAltNames = ReadGeneralNames(value.ReadSequence());
                break;
            case Oids.CrlDistributionPoints:
                facts.CrlDistributionPoints = ReadDistributionPoints(value.ReadSequence());
                break;
        }
    }

    private static List<string> ReadGeneralNames(AsnReader names)
    {
        var result = new List<string>();
        while (names.HasData)
        {
            ReadOnlySpan<byte> encoded = names.ReadEncodedValue().Span;
            Asn1Tag tag = Asn1Tag.Decode(encoded, out _);
            ReadOnlySpan<byte> content = tag.IsConstructed ? default : Content(encoded);
            result.Add(tag.TagValue switch
            {
                1 => "email:" + Encoding.ASCII.GetString(content),
                2 => "DNS:" + Encoding.ASCII.GetString(content),
                6 => "URI:" + Encoding.ASCII.GetString(content),
                7 => "IP:" + (content.Length is 4 or 16 ? new System.Net.IPAddress(content).ToString() : Convert.ToHexString(content)),
                _ => string.Create(CultureInfo.InvariantCulture, $"[{tag.TagValue}]"),
            });
        }

        return result;
    }

    // RFC 5280 §4.2.1.13: DistributionPoint.distributionPoint [0] → fullName [0] GeneralNames.
    private static List<string> ReadDistributionPoints(AsnReader points)
    {
        var result = new List<string>();
        while (points.HasData)
        {
            AsnReader point = points.ReadSequence();
            var nameTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
            if (point.HasData && point.PeekTag().HasSameClassAndValue(nameTag))
            {
                AsnReader name = point.ReadSequence(nameTag);
                if (name.HasData && name.PeekTag().HasSameClassAndValue(nameTag))
                {
                    result.AddRange(ReadGeneralNames(name.ReadSequence(nameTag)).Select(n => n.StartsWith("URI:", StringComparison.Ordinal) ? n[4..] : n));
                }
            }
        }

        return result;
    }

    /// <summary>No certificate nests deeper than a dozen levels; hostile input nesting deeper is not walked.</summary>
    public const int MaximumDepth = 64;

    // Walks every element again under DER rules; BER-only encodings (indefinite or non-minimal lengths) fail here.
    // The walk uses its own stack, not recursion: nested input cannot overflow the process stack.
    private static string? FirstDerViolation(ReadOnlyMemory<byte> der)
    {
        var pending = new Stack<(ReadOnlyMemory<byte> Data, int Depth)>();
        pending.Push((der, 0));
        try
        {
            while (pending.Count > 0)
            {
                (ReadOnlyMemory<byte> data, int depth) = pending.Pop();
                var reader = new AsnReader(data, AsnEncodingRules.DER);
                while (reader.HasData)
                {
                    Asn1Tag tag = reader.PeekTag();
                    ReadOnlyMemory<byte> element = reader.ReadEncodedValue();
                    if (!tag.IsConstructed)
                    {
                        continue;
                    }

                    if (depth + 1 > MaximumDepth)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"nested deeper than {MaximumDepth} levels; not checked further");
                    }

                    AsnDecoder.ReadEncodedValue(element.Span, AsnEncodingRules.DER, out int offset, out int length, out _);
                    pending.Push((element.Slice(offset, length), depth + 1));
                }
            }

            return null;
        }
        catch (AsnContentException e)
        {
            return e.Message;
        }
    }

    private static string Fingerprint(byte[] hash) => Convert.ToHexString(hash).Chunk(2).Select(c => new string(c)).Aggregate((a, b) => a + ":" + b);

    /// <summary>Where decoding is, so that a failure names the field and its byte offset.</summary>
    private sealed class DecodeContext(ReadOnlyMemory<byte> data)
    {
        public List<string> Violations { get; } = [];

        public string Field { get; private set; } = "Certificate";

        public int Offset { get; private set; }

        public void At(string field, AsnReader reader)
        {
            Field = field;
            if (reader.HasData && MemoryMarshal.TryGetArray(reader.PeekEncodedValue(), out ArraySegment<byte> next)
                && MemoryMarshal.TryGetArray(data, out ArraySegment<byte> whole))
            {
                Offset = next.Offset - whole.Offset;
            }
        }
    }

    private sealed class ExtensionFacts
    {
        public string? SubjectKeyId { get; set; }

        public string? AuthorityKeyId { get; set; }

        public bool? IsCa { get; set; }

        public int? PathLength { get; set; }

        public IReadOnlyList<string> KeyUsage { get; set; } = [];

        public IReadOnlyList<string> SubjectAltNames { get; set; } = [];

        public IReadOnlyList<string> CrlDistributionPoints { get; set; } = [];
    }
}

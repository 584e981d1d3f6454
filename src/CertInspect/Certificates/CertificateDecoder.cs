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
        DistinguishedName issuer = DistinguishedNameReader.Read(tbs, violations, "issuer");
        context.At("validity", tbs);
        AsnReader validity = tbs.ReadSequence();
        context.At("notBefore", validity);
        DateTimeOffset notBefore = ReadTime(validity, violations, "notBefore");
        context.At("notAfter", validity);
        DateTimeOffset notAfter = ReadTime(validity, violations, "notAfter");
        context.At("subject", tbs);
        DistinguishedName subject = DistinguishedNameReader.Read(tbs, violations, "subject");
        context.At("subjectPublicKeyInfo", tbs);
        PublicKeyInfo publicKey = ReadPublicKey(tbs);

        var facts = new CertificateExtensions();
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

                CertificateExtensions.Read(tbs.ReadSequence(_explicit3).ReadSequence(), facts, violations);
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

        if (DerConformance.FirstViolation(der) is { } derProblem)
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
    internal static byte[] ReadIntegerContent(AsnReader reader)
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
    internal static int? SmallInteger(byte[] content)
    {
        BigInteger value = IntegerValue(content);
        return value >= int.MinValue && value <= int.MaxValue ? (int)value : null;
    }

    internal static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> encoded)
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
}

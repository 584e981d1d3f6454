using System.Formats.Asn1;
using System.Globalization;
using System.Text;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// The extensions of one certificate (RFC 5280 §4.2) as the decoder reads them: key ids, basic constraints, key
/// usage, subject alternative names and CRL distribution points. Duplicates and unknown critical extensions are
/// violations, never failures.
/// </summary>
internal sealed class CertificateExtensions
{
    private static readonly string[] _keyUsageNames =
        ["digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];

    public string? SubjectKeyId { get; set; }

    public string? AuthorityKeyId { get; set; }

    public bool? IsCa { get; set; }

    public int? PathLength { get; set; }

    public IReadOnlyList<string> KeyUsage { get; set; } = [];

    public IReadOnlyList<string> SubjectAltNames { get; set; } = [];

    public IReadOnlyList<string> CrlDistributionPoints { get; set; } = [];

    public static void Read(AsnReader extensions, CertificateExtensions facts, List<string> violations)
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

    private static void ReadExtension(string oid, AsnReader value, CertificateExtensions facts)
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
                facts.PathLength = constraints.HasData ? CertificateDecoder.SmallInteger(CertificateDecoder.ReadIntegerContent(constraints)) ?? int.MaxValue : null;
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
            ReadOnlySpan<byte> content = tag.IsConstructed ? default : CertificateDecoder.Content(encoded);
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
}

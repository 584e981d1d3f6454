using System.Formats.Asn1;
using System.Text;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>Reads a Name (RFC 5280 §4.1.2.4) leniently: string types outside the profile are violations, not failures.</summary>
internal static class DistinguishedNameReader
{
    public static DistinguishedName Read(AsnReader reader, List<string> violations, string field)
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
        ReadOnlySpan<byte> content = CertificateDecoder.Content(encoded);
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
}

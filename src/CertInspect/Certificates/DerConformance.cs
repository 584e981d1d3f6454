using System.Formats.Asn1;
using System.Globalization;

namespace CertInspect.Certificates;

/// <summary>X.690 §10: whether a certificate read in BER mode is also valid DER, and where it is not.</summary>
internal static class DerConformance
{
    /// <summary>No certificate nests deeper than a dozen levels; hostile input nesting deeper is not walked.</summary>
    public const int MaximumDepth = 64;

    // Walks every element again under DER rules; BER-only encodings (indefinite or non-minimal lengths) fail here.
    // The walk uses its own stack, not recursion: nested input cannot overflow the process stack.
    public static string? FirstViolation(ReadOnlyMemory<byte> der)
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
}

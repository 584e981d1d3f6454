using System.Text;

namespace CertInspect.Evidence;

/// <summary>
/// A subject or issuer name: its relative distinguished names in encoding order (country first, as Cisco encodes
/// them), each holding one or more attributes.
/// </summary>
public sealed record DistinguishedName(IReadOnlyList<IReadOnlyList<NameEntry>> Rdns)
{
    /// <summary>
    /// The name as chain building compares it: RFC 5280 §7.1 comparison, simplified to case-insensitive values with
    /// folded inner whitespace. Computed once: chains over thousands of certificates compare names constantly.
    /// </summary>
    public string MatchKey { get; } = Comparable(Rdns);

    public IEnumerable<NameEntry> Attributes => Rdns.SelectMany(rdn => rdn);

    /// <summary>The first CN. Computed once, like <see cref="Rfc4514"/>: reports and rules ask for both many times per certificate.</summary>
    public string? CommonName { get; } = Rdns.SelectMany(rdn => rdn).FirstOrDefault(a => string.Equals(a.ShortName, "CN", StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The first value of the attribute with this short name (CN, O, serialNumber, ...), ignoring case.</summary>
    public string? Get(string shortName) =>
        Attributes.FirstOrDefault(a => string.Equals(a.ShortName, shortName, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>RFC 4514 form: last RDN first, "+" between the attributes of one RDN, special characters escaped.</summary>
    public string Rfc4514 { get; } = string.Join(",", Rdns.Reverse().Select(rdn => string.Join("+", rdn.Select(a => $"{a.ShortName}={Escape(a.Value)}"))));

    /// <summary>Whether two names are the same for chain building (see <see cref="MatchKey"/>).</summary>
    public bool Matches(DistinguishedName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(MatchKey, other.MatchKey, StringComparison.Ordinal);
    }

    public override string ToString() => Rfc4514;

    private static string Comparable(IReadOnlyList<IReadOnlyList<NameEntry>> rdns) =>
        string.Join("/", rdns.Select(rdn => string.Join("+", rdn.Select(a => a.Oid + "=" + Fold(a.Value)).Order(StringComparer.Ordinal))));

    private static string Fold(string value) =>
        string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    // RFC 4514 §2.4: escape , + " \ < > ; anywhere, # and space at the start, space at the end.
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool escape = c is ',' or '+' or '"' or '\\' or '<' or '>' or ';'
                || (i == 0 && c is '#' or ' ')
                || (i == value.Length - 1 && c == ' ');
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

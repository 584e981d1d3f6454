using CertInspect.Facts;

namespace CertInspect.Serials;

/// <summary>
/// Which header names which column, as the user says (--columns serial=Seriennummer,name=AP-Name,model=Modell,site=Standort,
/// or a file of role=Header lines): for exports whose headers are in another language or named in a way no synonym
/// covers. A role the mapping names is looked up by that header only (case and surrounding spaces aside).
/// </summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, string> HeaderByRole)
{
    /// <summary>The roles a mapping may name.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["serial", "name", "model", "mac", "site"];

    /// <summary>Reads "role=Header,role=Header" (commas), or a file's lines of role=Header.</summary>
    /// <exception cref="FormatException">A part is not role=Header, or names an unknown role, or a role twice.</exception>
    public static ColumnMapping Parse(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Parse(parts.Select(part => (string.Empty, part)));
    }

    /// <summary>The same, each part with where it was written ("cols.txt: line 2", "--columns"), which a message
    /// about it starts with.</summary>
    /// <exception cref="FormatException">A part is not role=Header, or names an unknown role, or a role twice.</exception>
    public static ColumnMapping Parse(IEnumerable<(string Where, string Part)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string where, string raw) in parts)
        {
            string part = raw.Trim();
            if (part.Length == 0 || part.StartsWith('#'))
            {
                continue;
            }

            string at = where.Length == 0 ? string.Empty : $"{where}: ";
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string role = equals > 0 ? part[..equals].Trim().ToLowerInvariant() : string.Empty;
            string header = equals > 0 ? part[(equals + 1)..].Trim() : string.Empty;
            if (role.Length == 0 || header.Length == 0)
            {
                throw new FormatException($"{at}'{part}' is not role=Header (for example serial=Seriennummer)");
            }

            if (!Roles.Contains(role, StringComparer.Ordinal))
            {
                string hint = NearestName.Among(role, Roles) is { } nearest ? $"; did you mean {nearest}?" : string.Empty;
                throw new FormatException($"{at}'{role}' is not a column role{hint} (roles: {string.Join(", ", Roles)})");
            }

            if (!map.TryAdd(role, header))
            {
                throw new FormatException($"{at}the role '{role}' is mapped twice");
            }
        }

        return new ColumnMapping(map);
    }

    /// <summary>The header this mapping gives the role; null when it leaves the role to the synonyms.</summary>
    public string? HeaderFor(string role) => HeaderByRole.GetValueOrDefault(role);
}

using System.Text.RegularExpressions;
using static CertInspect.Facts.FactsLoader;

namespace CertInspect.Facts;

/// <summary>
/// What merged facts must satisfy before anything uses them: every source an entry cites is defined, every pattern
/// compiles, every role, device type, remediation and offset is one the code knows, and the CA catalogue is closed
/// (each issuer is a CA it names, each built-in certificate is at hand with its SHA-256).
/// </summary>
internal static class FactsValidator
{
    public static void Validate(CiscoFacts facts, PatternChecks patterns, List<string> errors)
    {
        CheckSources(facts, "serialFormat", facts.SerialFormat.Sources, errors);
        CheckSources(facts, "micLifetime", facts.MicLifetime.Sources, errors);
        foreach (ModelFamily family in facts.ModelFamilies)
        {
            CheckSources(facts, $"model family '{family.Id}'", family.Sources, errors);
            if (patterns.Of(family))
            {
                CheckPattern($"model family '{family.Id}'", family.PidPattern, errors, RegexOptions.IgnoreCase);
            }

            if (!ModelFamily.DeviceTypes.Contains(family.DeviceType, StringComparer.Ordinal))
            {
                errors.Add($"model family '{family.Id}' has device type '{family.DeviceType}' (expected {string.Join(", ", ModelFamily.DeviceTypes)})");
            }
        }

        foreach (NotDateCodedPattern pattern in facts.NotDateCoded)
        {
            CheckSources(facts, $"notDateCoded '{pattern.Id}'", pattern.Sources, errors);
            if (patterns.Of(pattern))
            {
                CheckPattern($"notDateCoded '{pattern.Id}'", pattern.SerialPattern, errors);
                CheckPattern($"notDateCoded '{pattern.Id}'", pattern.PidPattern, errors, RegexOptions.IgnoreCase);
            }

            if (pattern.SerialPattern is null && pattern.PidPattern is null)
            {
                errors.Add($"notDateCoded '{pattern.Id}' needs 'serialPattern' or 'pidPattern'");
            }
        }

        foreach (CiscoCa ca in facts.CiscoCas)
        {
            CheckSources(facts, $"ciscoCa '{ca.Id}'", ca.Sources, errors);
            if (ca.Role is not ("root" or "manufacturing" or "sudi"))
            {
                errors.Add($"ciscoCa '{ca.Id}' has role '{ca.Role}' (expected root, manufacturing or sudi)");
            }

            if (ca.Certificate is { } file && !CiscoPki.Holds(file))
            {
                errors.Add($"ciscoCa '{ca.Id}' names certificate '{file}', which is not built in (Facts/Data/cisco-pki/)");
            }

            if ((ca.Certificate is null) != (ca.Sha256 is null) || ca.Sha256 is { Length: not 64 })
            {
                errors.Add($"ciscoCa '{ca.Id}' needs 'certificate' and 'sha256' (64 hex digits) together");
            }

            if (ca.IssuedBy is { } issuer && !facts.CiscoCas.Any(other => string.Equals(other.CommonName, issuer, StringComparison.Ordinal)))
            {
                errors.Add($"ciscoCa '{ca.Id}' is issued by '{issuer}', which 'ciscoCas' does not name");
            }
        }

        foreach (CertificatePurpose purpose in facts.CertificatePurposes)
        {
            CheckSources(facts, $"certificatePurpose '{purpose.Id}'", purpose.Sources, errors);
            if (patterns.Of(purpose))
            {
                CheckPattern($"certificatePurpose '{purpose.Id}'", purpose.CommonNamePattern, errors, RegexOptions.IgnoreCase);
                CheckPattern($"certificatePurpose '{purpose.Id}'", purpose.TrustpointPattern, errors, RegexOptions.IgnoreCase);
            }

            if (purpose.Role != "web")
            {
                errors.Add($"certificatePurpose '{purpose.Id}' has role '{purpose.Role}' (expected web)");
            }

            if (purpose.CommonNamePattern is null && purpose.TrustpointPattern is null)
            {
                errors.Add($"certificatePurpose '{purpose.Id}' needs 'commonNamePattern' or 'trustpointPattern'");
            }
        }

        foreach (ControllerPlatform platform in facts.ControllerPlatforms)
        {
            CheckSources(facts, $"controller platform '{platform.Id}'", platform.Sources, errors);
            if (patterns.Of(platform))
            {
                CheckPattern($"controller platform '{platform.Id}'", platform.ReleasePattern, errors);
            }

            if (platform.Remediation is not (null or "aireOs" or "catalyst9800"))
            {
                errors.Add($"controller platform '{platform.Id}' has remediation '{platform.Remediation}' (expected aireOs, catalyst9800 or none)");
            }
        }

        DeviceKindEvidence.Validate(facts, patterns, errors);
        CheckSources(facts, "captures", facts.Captures.Sources, errors);
        foreach (string marker in facts.Captures.AccessPointLogMarkers.Concat(facts.Captures.ControllerLogMarkers).Where(patterns.OfMarker))
        {
            CheckPattern("captures log marker", marker, errors);
        }

        foreach (string banner in facts.Captures.ControllerSoftwareBanners.Where(patterns.OfMarker))
        {
            CheckPattern("captures controller software banner", banner, errors);
        }

        foreach (TimeZoneAbbreviation zone in facts.Captures.TimeZones)
        {
            CheckSources(facts, $"time zone '{zone.Id}'", zone.Sources, errors);
            if (!Regex.IsMatch(zone.Offset, @"^[+-](0\d|1[0-4]):[0-5]\d$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"time zone '{zone.Id}' has offset '{zone.Offset}' (expected +HH:MM or -HH:MM, at most 14 hours)");
            }
        }
    }
}

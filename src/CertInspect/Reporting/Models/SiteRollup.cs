using CertInspect.Rules;

namespace CertInspect.Reporting.Models;

/// <summary>One site's devices: how many, how many cannot join today, and how many of each risk (worst first, ok last).</summary>
public sealed record SiteRollup(string Site, int Devices, int CannotJoinToday, IReadOnlyList<KeyValuePair<Risk, int>> ByRisk);

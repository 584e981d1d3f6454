namespace CertInspect.Rules;

/// <summary>
/// What rules need besides the device: the date every date-dependent result is judged at (--as-of, never the
/// clock), and the horizons in days, ascending, that grade how soon is too soon.
/// </summary>
public sealed record EvaluationContext
{
    public EvaluationContext(DateOnly asOf, IEnumerable<int> horizons)
    {
        ArgumentNullException.ThrowIfNull(horizons);
        AsOf = asOf;
        Horizons = horizons.Distinct().Order().ToList();
        if (Horizons.Count == 0 || Horizons[0] <= 0)
        {
            throw new ArgumentException("Horizons must be one or more positive numbers of days.", nameof(horizons));
        }
    }

    public DateOnly AsOf { get; }

    public IReadOnlyList<int> Horizons { get; }

    /// <summary>
    /// The release of the controller the APs of this run join (--controller-release), for rules that depend on it
    /// when no capture of the controller gives it; null when not given.
    /// </summary>
    public string? ControllerRelease { get; init; }

    /// <summary>--controller-platform: the id of the controller platform in use (aireos, 9800), when no capture gives it.</summary>
    public string? ControllerPlatform { get; init; }

    /// <summary>
    /// The severity of something that happens in <paramref name="daysLeft"/> days: high within the first horizon,
    /// medium within the second, low within any later one; null beyond them all.
    /// </summary>
    public Severity? SeverityWithin(int daysLeft)
    {
        for (int i = 0; i < Horizons.Count; i++)
        {
            if (daysLeft <= Horizons[i])
            {
                return i switch
                {
                    0 => Severity.High,
                    1 => Severity.Medium,
                    _ => Severity.Low,
                };
            }
        }

        return null;
    }
}

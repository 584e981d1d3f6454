using CertInspect.Facts;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// FN-63942: the MIC of an AP built in the ten-year era starts at manufacture and ends ten years (and ten minutes)
/// later. The date is only as good as the serial's week, hence the uncertainty.
/// </summary>
public sealed class MicExpiryPredictor(MicLifetimeFacts facts)
{
    public MicExpiryPrediction? Predict(SerialNumber serial)
    {
        ArgumentNullException.ThrowIfNull(serial);
        if (serial.Manufactured is not { } week)
        {
            return null;
        }

        // The week counts when any of its days falls inside the era.
        DateOnly start = week.WeekStart;
        if (start.AddDays(6) < facts.BuiltFrom || start > facts.BuiltTo)
        {
            return null;
        }

        // The extra minutes never move a date; they are kept in the facts because real certificates show them.
        DateOnly expiry = DateOnly.FromDateTime(
            start.ToDateTime(TimeOnly.MinValue).AddYears(facts.ValidityYears).AddMinutes(facts.ValidityExtraMinutes));
        return new MicExpiryPrediction(expiry, facts.UncertaintyDays);
    }
}

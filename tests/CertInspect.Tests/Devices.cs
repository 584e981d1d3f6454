using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;
using CertInspect.Serials;

namespace CertInspect.Tests;

/// <summary>Device records for rule tests, decoded with the built-in facts as an audit would.</summary>
internal static class Devices
{
    private static readonly SerialDecoder _decoder = new(BuiltInRules.Set.Facts.SerialFormat, BuiltInRules.Set.Facts.NotDateCoded);
    private static readonly ModelCatalog _models = new(BuiltInRules.Set.Facts.ModelFamilies);
    private static readonly MicExpiryPredictor _predictor = new(BuiltInRules.Set.Facts.MicLifetime);

    public static DeviceRecord From(string serial, string? model = null, int occurrences = 1)
    {
        SerialNumber decoded = _decoder.Decode(serial, model).Serial ?? throw new ArgumentException($"not a serial: {serial}", nameof(serial));
        return new DeviceRecord
        {
            Key = DeviceKey.ForSerial(decoded.Text),
            Serial = decoded,
            Model = model,
            Family = _models.Identify(model),
            PredictedMicExpiry = _predictor.Predict(decoded),
            Rows = Enumerable.Range(1, occurrences).Select(i => new EvidenceLine(new SourceLocation("t.csv", i), serial)).ToList(),
            Occurrences = Enumerable.Range(1, occurrences).Select(i => new EvidenceLine(new SourceLocation("t.csv", i), serial)).ToList(),
        };
    }

    public static EvaluationContext At(string asOf, params int[] horizons) =>
        new(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), horizons.Length == 0 ? [90, 365] : horizons);

    public static RuleDefinition Rule(string id) => BuiltInRules.Set.Rules.Single(r => r.Id == id);
}

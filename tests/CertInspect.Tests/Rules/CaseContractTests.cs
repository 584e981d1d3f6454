using System.Collections;
using System.Reflection;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;
using CertInspect.Rules;
using CertInspect.Serials;
using CertInspect.Tests.Certificates;

namespace CertInspect.Tests.Rules;

/// <summary>
/// The case contract made structural (issue 28, point 1; stated on <see cref="IRule"/>): every property of a device
/// record and of its serial is classified — part of the device's case, marked in its stand-in, keeping the device out
/// of cases, or computed from the others — and each classification is checked on a device that differs from a
/// case-eligible one in that property alone. A property added to DeviceRecord or SerialNumber fails here until it is
/// classified (and handled in DeviceCase.Of or CaseEvaluator.StandIn); a field added to DeviceCase fails until its
/// Equals compares it.
/// </summary>
public sealed class CaseContractTests
{
    private static readonly DeviceRecord Device = Devices.From("FOC1837X1Y2", "AIR-CAP2602I-E-K9") with
    {
        DeviceType = "ap",
        Name = "AP-1",
        Names = ["AP-1"],
        Mac = "00:11:22:33:44:55",
        Macs = ["00:11:22:33:44:55"],
        Site = "HQ",
        Notes = ["t.csv:1: serial 'foc1837x1y2' read as FOC1837X1Y2 (upper-cased)"],
        Extra = [new("Owner", "netops")],
    };

    private static readonly EvidenceLine OtherRow = new(new SourceLocation("lab.csv", 9), "LAB-AP,FOC1837Z9Z9");
    private static readonly DeviceCertificate Mic = CertificateDevices.One("aps/ap1g4-mic.der").Certificates[0];
    private static readonly ModelFamily OtherFamily = BuiltInRules.Set.Facts.ModelFamilies.First(f => f.Id != Device.Family!.Id);

    // Every property of DeviceRecord ("Serial.…": of its SerialNumber), what case evaluation does with it, and how a
    // device can differ from Device in it (a serial's text and its key differ together: a key that is not the serial's
    // own keeps a device out of cases).
    private static readonly (string Property, Part Part, Func<DeviceRecord, DeviceRecord>? Variant)[] Classification =
    [
        ("Key", Part.Marked, d => WithSerial(d, "FOC1837Z9Z9", "FOC")),
        ("Key", Part.Excluding, d => d with { Key = d.Key.Numbered(2) }),
        ("Serial", Part.Excluding, d => d with { Serial = null }),
        ("Serial.Text", Part.Marked, d => WithSerial(d, "FOC1837Z9Z9", "FOC")),
        ("Serial.Location", Part.Marked, d => WithSerial(d, "LAB1837X1Y2", "LAB")),
        ("Serial.Location", Part.Case, d => d with { Serial = d.Serial! with { Location = null } }),
        ("Serial.Manufactured", Part.Case, d => d with { Serial = d.Serial! with { Manufactured = d.Serial.Manufactured! with { Week = 38 } } }),
        ("Serial.NotDateCodedReason", Part.Case, d => d with { Serial = d.Serial! with { NotDateCodedReason = "not date-coded" } }),
        ("Serial.IsDateCoded", Part.Computed, null),
        ("Name", Part.Marked, d => d with { Name = "LAB", Names = ["LAB"] }),
        ("Name", Part.Case, d => d with { Name = null, Names = [] }),
        ("Names", Part.Marked, d => d with { Name = "TEST", Names = ["TEST"] }),
        ("Names", Part.Excluding, d => d with { Names = ["AP-1", "AP-2"] }),
        ("Model", Part.Case, d => d with { Model = "AIR-CAP2602E-E-K9" }),
        ("Model", Part.Excluding, d => d with { Model = $"AIR-{CaseEvaluator.Mark}serial{CaseEvaluator.Mark}" }),
        ("Family", Part.Case, d => d with { Family = OtherFamily }),
        ("DeviceType", Part.Case, d => d with { DeviceType = DeviceTypes.Controller }),
        ("IsController", Part.Computed, null),
        ("Mac", Part.Marked, d => d with { Mac = "00:11:22:33:44:66", Macs = ["00:11:22:33:44:66"] }),
        ("Mac", Part.Case, d => d with { Mac = null, Macs = [] }),
        ("Macs", Part.Marked, d => d with { Mac = "00:11:22:33:44:77", Macs = ["00:11:22:33:44:77"] }),
        ("Macs", Part.Case, d => d with { Mac = "LAB", Macs = [] }),
        ("Macs", Part.Excluding, d => d with { Macs = ["00:11:22:33:44:55", "00:11:22:33:44:66"] }),
        ("Site", Part.Marked, d => d with { Site = "LAB" }),
        ("Site", Part.Case, d => d with { Site = null }),
        ("CapturedSerials", Part.Excluding, d => d with { CapturedSerials = [new("FOC1837X1Y2", OtherRow)] }),
        ("CapturedMemberSerials", Part.Excluding, d => d with { CapturedMemberSerials = [new("FOC1837Z9Z9", OtherRow)] }),
        ("Capture", Part.Excluding, d => d with { Capture = new CaptureEvidence() }),
        ("PredictedMicExpiry", Part.Case, d => d with { PredictedMicExpiry = d.PredictedMicExpiry! with { Date = d.PredictedMicExpiry.Date.AddDays(1) } }),
        ("PredictedMicExpiry", Part.Case, d => d with { PredictedMicExpiry = d.PredictedMicExpiry! with { UncertaintyDays = 8 } }),
        ("PredictedMicExpiry", Part.Case, d => d with { PredictedMicExpiry = null }),
        ("Extra", Part.Marked, d => d with { Extra = [new("Owner", "LAB")] }),
        ("Extra", Part.Marked, d => d with { Extra = [] }),
        ("Certificates", Part.Excluding, d => d with { Certificates = [Mic] }),
        ("TrustedCas", Part.Excluding, d => d with { TrustedCas = [Mic] }),
        ("HasIdentityCertificate", Part.Computed, null),
        ("Rows", Part.Marked, d => d with { Rows = [OtherRow], Occurrences = [OtherRow] }),
        ("Rows", Part.Excluding, d => d with { Rows = [d.Rows[0], OtherRow] }),
        ("Occurrences", Part.Marked, d => d with { Rows = [OtherRow], Occurrences = [OtherRow] }),
        ("Occurrences", Part.Excluding, d => d with { Occurrences = [d.Occurrences[0], OtherRow] }),
        ("Notes", Part.Marked, d => d with { Notes = ["LAB"] }),
        ("Notes", Part.Case, d => d with { Notes = [] }),
    ];

    private enum Part
    {
        /// <summary>A field of the case: devices that differ in it are in different cases.</summary>
        Case,

        /// <summary>Marked (or left out) in the stand-in: devices that differ in it share their case and its stand-in.</summary>
        Marked,

        /// <summary>A device that has it is never in a case: it is evaluated in full.</summary>
        Excluding,

        /// <summary>Computed from the other properties: nothing to set.</summary>
        Computed,
    }

    public static TheoryData<string, string, int> Entries
    {
        get
        {
            var entries = new TheoryData<string, string, int>();
            for (int i = 0; i < Classification.Length; i++)
            {
                entries.Add(Classification[i].Property, Classification[i].Part.ToString(), i);
            }

            return entries;
        }
    }

    [Fact]
    public void Classification_NamesEveryPropertyOfTheRecordAndItsSerial()
    {
        string[] properties =
        [
            .. typeof(DeviceRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name),
            .. typeof(SerialNumber).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => "Serial." + p.Name),
        ];
        HashSet<string> classified = [.. Classification.Select(c => c.Property)];

        string[] missing = [.. properties.Where(p => !classified.Contains(p))];
        Assert.True(missing.Length == 0, $"Not classified for case evaluation: {string.Join(", ", missing)}. Say in CaseContractTests whether each is part of the case (DeviceCase), marked in the stand-in (CaseEvaluator.StandIn) or keeps its device out of cases (DeviceCase.Of).");
        Assert.Empty(classified.Except(properties));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Classification_HoldsForADeviceDifferingInThatPropertyAlone(string property, string part, int entry)
    {
        (_, Part kind, Func<DeviceRecord, DeviceRecord>? variant) = Classification[entry];
        if (kind == Part.Computed)
        {
            Assert.False(Property(property).CanWrite, $"{property} is classified as computed but can be set: classify it.");
            return;
        }

        DeviceRecord other = variant!(Device);
        Assert.False(Same(Value(Device, property), Value(other, property)), $"the variant for {property} does not change it");
        DeviceCase of = DeviceCase.Of(Device) ?? throw new InvalidOperationException("the test's device is in no case");
        DeviceCase? otherCase = DeviceCase.Of(other);
        switch (kind)
        {
            case Part.Case:
                Assert.True(otherCase is { } c && !c.Equals(of), $"{part}: two devices that differ in {property} are in one case.");
                break;
            case Part.Marked:
                Assert.True(otherCase is { } same && same.Equals(of), $"{part}: two devices that differ in {property} are not in one case.");
                AssertOneStandIn(Device, other, property);
                break;
            default:
                Assert.True(otherCase is null, $"{part}: a device that differs in {property} is still in a case.");
                break;
        }
    }

    [Fact]
    public void Equals_EveryCaseField_TellsCasesApart()
    {
        ConstructorInfo constructor = typeof(DeviceCase).GetConstructors().Single(c => c.GetParameters().Length > 0);
        ParameterInfo[] fields = constructor.GetParameters();
        object boxed = DeviceCase.Of(Device)!;
        object?[] values = [.. fields.Select(f => typeof(DeviceCase).GetProperty(f.Name!)!.GetValue(boxed))];

        // Equal in every field, held in other instances: equal, with one hash.
        var original = (DeviceCase)constructor.Invoke(values);
        var copy = (DeviceCase)constructor.Invoke([.. values.Select(CaseFieldVariants.Copy)]);
        Assert.Equal(original, copy);
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());

        for (int i = 0; i < fields.Length; i++)
        {
            foreach (object? variant in CaseFieldVariants.Of(fields[i].ParameterType, values[i], fields[i].Name!))
            {
                object?[] changed = [.. values];
                changed[i] = variant;
                Assert.False(original.Equals((DeviceCase)constructor.Invoke(changed)), $"DeviceCase.Equals does not compare {fields[i].Name}: {values[i] ?? "null"} and {variant ?? "null"} are one case.");
            }
        }
    }

    // The stand-in of two devices of one case is one stand-in: whatever a rule reads of it, it reads of both.
    private static void AssertOneStandIn(DeviceRecord a, DeviceRecord b, string varied)
    {
        IReadOnlyList<EvidenceLine> rows = [new EvidenceLine(new SourceLocation("rows", 1), "rows")];
        DeviceRecord first = CaseEvaluator.StandIn(a, rows);
        DeviceRecord second = CaseEvaluator.StandIn(b, rows);
        foreach (PropertyInfo property in typeof(DeviceRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(Same(property.GetValue(first), property.GetValue(second)), $"devices that differ in {varied} have stand-ins that differ in {property.Name}");
        }
    }

    private static DeviceRecord WithSerial(DeviceRecord device, string serial, string factory) =>
        device with { Key = DeviceKey.ForSerial(serial), Serial = device.Serial! with { Text = serial, Location = factory } };

    private static PropertyInfo Property(string path) => path.StartsWith("Serial.", StringComparison.Ordinal)
        ? typeof(SerialNumber).GetProperty(path["Serial.".Length..])!
        : typeof(DeviceRecord).GetProperty(path)!;

    private static object? Value(DeviceRecord device, string path) => path.StartsWith("Serial.", StringComparison.Ordinal)
        ? Property(path).GetValue(device.Serial)
        : Property(path).GetValue(device);

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (IEnumerable x, IEnumerable y) when a is not string => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };
}

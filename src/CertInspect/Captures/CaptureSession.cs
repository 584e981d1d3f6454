using CertInspect.Captures.Sections;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Captures;

/// <summary>
/// The state of reading one capture that sections share: the devices met so far (by prompt, and the APs each
/// controller describes), the certificates described, and the diagnostics.
/// </summary>
internal sealed partial class CaptureSession(
    string source,
    CaptureFacts facts,
    IReadOnlyList<CiscoCa> ciscoCas,
    Func<ReadOnlyMemory<byte>, (CertificateFacts? Certificate, string? Error)>? decode,
    IReadOnlyList<ModelFamily> families)
{
    /// <summary>
    /// A capture lists at most this many diagnostics and commands: a gigabyte of text that is mostly not understood
    /// must not become a gigabyte of diagnostics. The rest are counted in one closing diagnostic.
    /// </summary>
    public const int MaximumListed = 10_000;

    private readonly Dictionary<string, CapturedDevice> _byContext = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CapturedDevice> _prompted = [];
    private int _certificates;

    public string Source { get; } = source;

    public TextTime Times { get; } = new(facts.TimeZones);

    public List<CapturedDevice> Devices { get; } = [];

    public List<CaptureDiagnostic> Diagnostics { get; } = [];

    public List<CapturedCommand> Commands { get; } = [];

    public long UnlistedDiagnostics { get; private set; }

    public long UnlistedCommands { get; private set; }

    /// <summary>The command a section began is another's after all (see <see cref="OutputSection.OnlyPreamble"/>).</summary>
    public void ReplaceCommand(CapturedCommand was, CapturedCommand now)
    {
        int index = Commands.FindIndex(c => ReferenceEquals(c, was));
        if (index >= 0)
        {
            Commands[index] = now;
        }
    }

    public void AddCommand(CapturedCommand command)
    {
        if (Commands.Count < MaximumListed)
        {
            Commands.Add(command);
        }
        else
        {
            UnlistedCommands++;
        }
    }

    /// <summary>The device whose prompt was seen under this host name, made on first sight.</summary>
    public CapturedDevice Prompted(string host, DeviceRole role, EvidenceLine prompt)
    {
        CapturedDevice device = Get(host, () => new CapturedDevice(Source, host, role, controller: null));
        device.SetRole(role);
        if (!_prompted.Contains(device))
        {
            _prompted.Add(device);
        }

        // A factory prompt ("AP", "Router") names every device of its kind: it is not the device's name.
        if (!facts.GenericHostNames.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            device.AddName(host, prompt);
        }

        NamedByDefault(device, host, prompt);
        return device;
    }

    /// <summary>A name the device's own console gives it (the host name DHCP assigned): an AP's default name gives
    /// its MAC and says it is an AP; a factory name names no device.</summary>
    public void NameFromConsole(CapturedDevice device, string name, EvidenceLine evidence)
    {
        if (!facts.GenericHostNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            device.AddName(name, evidence);
        }

        NamedByDefault(device, name, evidence);
    }

    // "AP" + the dotted Ethernet MAC is the name an AP has until it is given one: its MAC, and an AP.
    private static void NamedByDefault(CapturedDevice device, string name, EvidenceLine evidence)
    {
        if (MacAddress.FromDefaultApName(name) is { } mac)
        {
            device.AddMac(mac, evidence);
            device.SetRole(DeviceRole.AccessPoint);
        }
    }

    /// <summary>The device of output that came before any prompt: known by its output only.</summary>
    public CapturedDevice Unprompted() => Get(string.Empty, () => new CapturedDevice(Source, string.Empty, DeviceRole.Unknown, controller: null));

    /// <summary>An AP a controller's output describes, by the name the controller gives it.</summary>
    public CapturedDevice ApOf(CapturedDevice controller, string apName, EvidenceLine evidence)
    {
        controller.SetRole(DeviceRole.Controller);
        CapturedDevice ap = Get(controller.Context + "\u0000" + apName, () => new CapturedDevice(Source, apName, DeviceRole.AccessPoint, controller));

        // "(unnamed AP)" stands in when the output gives no name: it must never join devices by name.
        if (!apName.StartsWith('('))
        {
            ap.AddName(apName, evidence);
            NamedByDefault(ap, apName, evidence);
        }

        // Every AP a controller lists is named somewhere in the capture: that line is its evidence.
        ap.AddOccurrence(evidence);

        return ap;
    }

    /// <summary>A device another one lists as cabled to it (CDP, LLDP): a device of its own, known by the name it advertises.</summary>
    public CapturedDevice Neighbour(CapturedDevice reporter, string name, EvidenceLine evidence)
    {
        CapturedDevice neighbour = Get(reporter.Context + "\u0000neighbour:" + name, () => new CapturedDevice(Source, name, DeviceRole.Unknown, controller: null));
        if (!facts.GenericHostNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            neighbour.AddName(name, evidence);
        }

        neighbour.AddOccurrence(evidence);
        return neighbour;
    }

    /// <summary>A device known by one certificate pasted without a prompt above it: certificates pasted together
    /// (openssl text of several APs) are not one device's.</summary>
    public CapturedDevice Standalone(SourceLocation location) =>
        Get("\u0000certificate:" + location, () => new CapturedDevice(Source, string.Empty, DeviceRole.Unknown, controller: null));

    public void Describe(CapturedDevice device, TextCertificate certificate)
    {
        (LocatedCertificate? located, string? problem) = certificate.ToLocated(ciscoCas, ++_certificates);
        if (located is not null)
        {
            device.AddCertificate(located);
        }
        else
        {
            Add(new CaptureDiagnostic(certificate.Location, problem ?? "certificate not used"));
        }
    }

    /// <summary>A certificate the device printed as PEM (its SUDI chain): decoded, it is the device's certificate evidence.</summary>
    /// <param name="container">How the device printed it: "pem", or "config-hex" (a running-config's certificate chain).</param>
    /// <param name="trustpoint">The trustpoint the device keeps it under, when the output names it.</param>
    public void DescribeEncoded(CapturedDevice device, byte[] der, SourceLocation location, string container = "pem", string? trustpoint = null)
    {
        (CertificateFacts? certificate, string? error) = decode is null ? (null, "no decoder was given to read it") : decode(der);
        if (certificate is not null)
        {
            if (trustpoint is not null)
            {
                certificate = certificate with { TextFields = [.. certificate.TextFields, new("associated trustpoints", trustpoint)] };
            }

            device.AddCertificate(new LocatedCertificate(certificate, location, container, ++_certificates));
        }
        else
        {
            Add(new CaptureDiagnostic(location, $"the {(container == "pem" ? "PEM block" : "certificate's hex")} is not a certificate CertInspect can read: {error}"));
        }
    }

    public void Diagnose(CaptureLine line, string message)
    {
        LastDiagnosed = line;
        Add(new CaptureDiagnostic(line.Location, message, line.Trimmed));
    }

    /// <summary>The last line a diagnostic was about: a label the paste put above the output that follows it
    /// ("eWLC:" above a certificate) is one no section recognised.</summary>
    public CaptureLine? LastDiagnosed { get; private set; }

    /// <summary>An AP a controller's log names by its MAC: the AP the controller listed with that MAC, else a new one.</summary>
    public CapturedDevice ApByMac(CapturedDevice controller, string mac, EvidenceLine evidence)
    {
        CapturedDevice ap = Devices.FirstOrDefault(d => d.Controller == controller && d.Macs.Any(m => string.Equals(m.Value, mac, StringComparison.Ordinal)))
            ?? Get(controller.Context + "\u0000mac:" + mac, () => new CapturedDevice(Source, "AP " + mac, DeviceRole.AccessPoint, controller));
        ap.AddMac(mac, evidence);
        return ap;
    }

    /// <summary>The AP a "debug mac addr" quoted without its prompt names: known by its MAC, of no controller the
    /// capture names.</summary>
    public CapturedDevice ApNamedByDebug(string mac, EvidenceLine evidence)
    {
        CapturedDevice ap = Get("\u0000mac:" + mac, () => new CapturedDevice(Source, "AP " + mac, DeviceRole.AccessPoint, controller: null));
        ap.AddMac(mac, evidence);
        return ap;
    }

    /// <summary>The device type of the family a model belongs to (rules data modelFamilies); null for a model no
    /// family knows.</summary>
    public string? DeviceTypeOf(string model) =>
        families.FirstOrDefault(f => PatternCache.Get(f.PidPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase).IsMatch(model.Trim()))?.DeviceType;

    /// <summary>Whether a "show version" banner line names controller software (the data's
    /// <c>captures.controllerSoftwareBanners</c>).</summary>
    public bool NamesControllerSoftware(string banner) =>
        facts.ControllerSoftwareBanners.Any(b => PatternCache.Get(b).IsMatch(banner));

    private void Add(CaptureDiagnostic diagnostic)
    {
        if (Diagnostics.Count < MaximumListed)
        {
            Diagnostics.Add(diagnostic);
        }
        else
        {
            UnlistedDiagnostics++;
        }
    }

    private CapturedDevice Get(string key, Func<CapturedDevice> create)
    {
        if (!_byContext.TryGetValue(key, out CapturedDevice? device))
        {
            device = create();
            _byContext.Add(key, device);
            Devices.Add(device);
        }

        return device;
    }
}

using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// A controller's "config general" of one AP or of all: AireOS dotted lines, Catalyst 9800 "Key : value" lines
/// (rules data source cisco-cli-output). Each "Cisco AP Name" starts an AP; its model, serial, MAC and certificate (type, expiry
/// MM/DD/YYYY, issuer common name, policy) become evidence on that AP. Older releases print only the type: that is
/// kept as a note, since a type alone says nothing about dates.
/// </summary>
internal sealed class ApConfigGeneralSection(CaptureSession session, CapturedDevice controller, string? apName)
    : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show ap config general",
        Forms =
        [
            new("show ap config general <ap>", ControllerOnly: true),
            new("show ap config general", ControllerOnly: true),
            new("show ap name <ap> config general", ControllerOnly: true),
        ],
        StartsOutput = StartsOutput,
        Create = start => new ApConfigGeneralSection(start.Session, start.Device, start.ApName),
    };

    private const string TextSource = "show ap config general";
    private CapturedDevice? _ap;
    private TextCertificate? _lsc;
    private TextCertificate? _certificate;
    private CaptureLine? _typeLine;
    private string? _type;

    public static bool StartsOutput(string trimmed) =>
        KeyValueLine.Parse(trimmed) is { Key: "cisco ap name" or "cisco ap identifier" or "ap certificate type" or "ap certificate expiry-time" };

    public override bool Accept(CaptureLine line)
    {
        if (_lsc is not null && !line.Text.StartsWith(' '))
        {
            FinishLsc();
        }

        if (LscHeading(line.Trimmed) is { } purpose && _ap is not null)
        {
            // Catalyst 9800 17.x: "AP CAPWAP-DTLS LSC Status" and "AP 802.1x LSC Status", then indented lines of that
            // LSC: its status and, when it has one, "Certificate expiry time : MM/DD/YYYY HH:MM:SS".
            _lsc = new TextCertificate(line.Location, TextSource, line.Trimmed) { StatedRole = purpose };
            _lsc.AddField("ap", _ap.Context);
            _lsc.Remember(line.Trimmed);
            return true;
        }

        if (_lsc is not null && KeyValueLine.Parse(line.Trimmed) is { } lscPair)
        {
            _lsc.Remember(line.Trimmed);
            if (lscPair.Key == "certificate expiry time")
            {
                if (session.Times.Parse(lscPair.Value) is { } expiry)
                {
                    _lsc.SetNotAfter(expiry);
                }
                else
                {
                    session.Diagnose(line, "expected an expiry time MM/DD/YYYY HH:MM:SS");
                }
            }
            else
            {
                _lsc.AddField(lscPair.Key, lscPair.Value);
            }

            return true;
        }

        if (KeyValueLine.Parse(line.Trimmed) is not { } pair)
        {
            // Separators ("=====") and sub-titles ("Attributes for Slot 0") belong to the output.
            return line.Trimmed.All(c => c is '=' or '-') || (_ap is not null && (line.Text.StartsWith(' ') || line.Trimmed.StartsWith("Attributes for", StringComparison.OrdinalIgnoreCase)));
        }

        if (pair.Key == "cisco ap name")
        {
            FinishLsc();
            Finish();
            _ap = session.ApOf(controller, pair.Value, line.Evidence);
            return true;
        }

        // AireOS prints the AP's number before its name: it belongs to the AP the next line names, and must not
        // make an AP of its own (it made an empty one that broke the merge).
        if (pair.Key == "cisco ap identifier" && _ap is null && apName is null)
        {
            return true;
        }

        CapturedDevice ap = _ap ??= apName is not null ? session.ApOf(controller, apName, line.Evidence) : session.ApOf(controller, "(unnamed AP)", line.Evidence);
        switch (pair.Key)
        {
            case "ap model":
                ap.AddModel(pair.Value, line.Evidence);
                break;
            case "ap serial number":
                ap.AddSerial(pair.Value, line.Evidence);
                break;
            case "mac address" or "ethernet mac address" when MacAddress.Normalize(pair.Value) is { } mac:
                ap.AddMac(mac, line.Evidence);
                break;
            case "ap certificate type":
                _type = pair.Value;
                _typeLine = line;
                Certificate(line).StatedRole = RoleOf(pair.Value);
                break;
            case "ap certificate expiry-time":
                if (session.Times.Parse(pair.Value) is { } expiry)
                {
                    Certificate(line).SetNotAfter(expiry);
                }
                else
                {
                    session.Diagnose(line, "expected an expiry time MM/DD/YYYY HH:MM:SS");
                }

                break;
            case "ap certificate issuer common-name":
                Certificate(line).AddNameLine("cn=" + pair.Value, subject: false);
                break;
            case "ap certificate policy" or "lsc status" or "ap lsc status":
                Certificate(line).AddField(pair.Key, pair.Value);
                break;
            case "ap lsc authentication state":
                // What the AP authenticates with (CAPWAP-DTLS, 802.1x, Invalid): said, not judged.
                ap.AddNote($"{line.Location}: AP LSC authentication state '{pair.Value}'");
                break;
            case "software version" when ap.Release is null && pair.Value.Length > 0:
                ap.SetRelease(pair.Value, line.Evidence);
                break;
        }

        return true;
    }

    public override void End()
    {
        FinishLsc();
        Finish();
    }

    // An LSC block with an expiry is the AP's LSC; one without ("Certificate status : Not Available") says the AP has none.
    private void FinishLsc()
    {
        if (_lsc is not { } lsc || _ap is null)
        {
            _lsc = null;
            return;
        }

        _lsc = null;
        if (lsc.NotAfter is not null)
        {
            session.Describe(_ap, lsc);
        }
        else
        {
            _ap.AddNote($"{lsc.Location}: {lsc.Heading}: {lsc.Fields.FirstOrDefault(f => f.Key == "certificate status").Value ?? "no expiry printed"}");
        }
    }

    // "AP CAPWAP-DTLS LSC Status" → the LSC the AP joins with; "AP 802.1x LSC Status" → its port-authentication LSC.
    private static CertificateRole? LscHeading(string trimmed) =>
        trimmed.Equals("AP CAPWAP-DTLS LSC Status", StringComparison.OrdinalIgnoreCase) ? CertificateRole.Lsc
        : trimmed.Equals("AP 802.1x LSC Status", StringComparison.OrdinalIgnoreCase) ? CertificateRole.Dot1xLsc
        : null;

    private TextCertificate Certificate(CaptureLine line)
    {
        if (_certificate is null)
        {
            _certificate = new TextCertificate(line.Location, TextSource, "AP certificate");
            _certificate.AddField("ap", _ap?.Context ?? string.Empty);
        }

        _certificate.Remember(line.Trimmed);
        return _certificate;
    }

    private void Finish()
    {
        if (_ap is not null && _certificate is not null)
        {
            if (_certificate.NotAfter is null && _type is not null && _typeLine is not null)
            {
                _ap.AddNote($"{_typeLine.Location}: AP certificate type '{_type}' (this release prints no expiry)");
            }
            else
            {
                session.Describe(_ap, _certificate);
            }
        }

        _certificate = null;
        _type = null;
        _typeLine = null;
    }

    // "Manufacturer Installed Certificate" (AireOS: "Manufacture Installed"), "Locally Significant Certificate", "Self Signed Certificate".
    private static CertificateRole? RoleOf(string type) =>
        type.StartsWith("Manufactur", StringComparison.OrdinalIgnoreCase) ? CertificateRole.Mic
        : type.StartsWith("Locally", StringComparison.OrdinalIgnoreCase) ? CertificateRole.Lsc
        : type.StartsWith("Self", StringComparison.OrdinalIgnoreCase) ? CertificateRole.SelfSigned
        : null;
}

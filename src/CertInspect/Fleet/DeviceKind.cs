using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Fleet;

/// <summary>
/// What a device is, from the evidence: the family of its model (a PID names an AP, a controller, a switch, a router
/// or another platform whatever its console shows), else what its capture showed it to be (a controller's prompt and
/// commands, an AP's banner or commands), else unknown. When the two disagree the model decides and a note says so
/// (the console's hint may come from output about another device pasted under its prompt), with one exception: a
/// device that ran a controller's commands is a controller whatever its model, because switches and APs host
/// controllers (Catalyst 3850/3650 converged access, the embedded wireless controller on Catalyst 9300 and 9100 APs).
/// </summary>
public static class DeviceKind
{
    public static string? Decide(ModelFamily? family, DeviceRole captured, string? model, List<string> notes)
    {
        string? byCapture = captured switch
        {
            DeviceRole.Controller => DeviceTypes.Controller,
            DeviceRole.AccessPoint => DeviceTypes.AccessPoint,
            DeviceRole.Switch => DeviceTypes.Switch,
            _ => null,
        };
        if (family is null || byCapture == DeviceTypes.Controller)
        {
            if (family is not null && family.DeviceType != DeviceTypes.Controller)
            {
                notes.Add($"the model {model} is a {family.Name} ({family.DeviceType}), and the capture shows it running a wireless controller: judged as a controller");
            }

            return byCapture ?? family?.DeviceType;
        }

        if (byCapture is not null && !string.Equals(byCapture, family.DeviceType, StringComparison.Ordinal))
        {
            notes.Add($"the capture's commands suggest {Article(byCapture)}, but the model {model} is a {family.Name} ({family.DeviceType}): judged as a {family.DeviceType}");
        }

        return family.DeviceType;
    }

    /// <summary>Whether the wireless rules apply (an AP, a controller, or a device nothing shows to be otherwise).</summary>
    public static bool IsWireless(string? deviceType) => deviceType is null or DeviceTypes.AccessPoint or DeviceTypes.Controller or DeviceTypes.Unknown;

    private static string Article(string type) => type == DeviceTypes.AccessPoint ? "an AP" : $"a {type}";
}

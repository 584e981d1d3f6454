using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// A controller's output pasted before its prompt ("show ap summary" typed without the prompt, a show sysinfo and
/// show inventory pasted first) and the controller prompt that follows are one controller seen twice: when the
/// capture prompts one controller only and nothing the two records say contradicts the other (another serial, MAC,
/// model or name), the output's record is marked the same device as the prompt's, and the fleet makes them one.
/// (They are kept apart in the capture: the APs the output lists name its record as their controller.)
/// </summary>
internal static class UnpromptedController
{
    /// <param name="unprompted">The record of the output before the first prompt; null when there was none.</param>
    /// <param name="prompted">The devices the capture prompted, in order.</param>
    /// <param name="genericNames">Prompt names that name no device ("Cisco Controller").</param>
    public static void Link(CapturedDevice? unprompted, IReadOnlyList<CapturedDevice> prompted, IReadOnlyCollection<string> genericNames)
    {
        if (unprompted is not { Role: DeviceRole.Controller })
        {
            return;
        }

        List<CapturedDevice> controllers = prompted.Where(d => d.Role == DeviceRole.Controller).ToList();
        if (controllers.Count != 1 || Disagree(unprompted, controllers[0], genericNames))
        {
            return;
        }

        unprompted.SetSameDevice(controllers[0]);
    }

    private static bool Disagree(CapturedDevice a, CapturedDevice b, IReadOnlyCollection<string> genericNames) =>
        Disjoint(a.Serials, b.Serials) || Disjoint(a.Macs, b.Macs) || Disjoint(a.Models, b.Models)
        || Disjoint(Named(a, genericNames), Named(b, genericNames));

    private static List<CapturedValue> Named(CapturedDevice device, IReadOnlyCollection<string> genericNames) =>
        device.Names.Where(n => !genericNames.Contains(n.Value, StringComparer.OrdinalIgnoreCase)).ToList();

    // Both say something, and nothing one says is what the other says.
    private static bool Disjoint(IReadOnlyList<CapturedValue> a, IReadOnlyList<CapturedValue> b) =>
        a.Count > 0 && b.Count > 0 && !a.Any(x => b.Any(y => string.Equals(x.Value, y.Value, StringComparison.OrdinalIgnoreCase)));
}

using CertInspect.Facts;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>Loads the rules data for a command, turning unusable data into a message instead of a stack trace.</summary>
internal static class RuleSetOption
{
    public static RuleSet? TryLoad(string? path, TextWriter error)
    {
        try
        {
            return RuleSetLoader.Load(path);
        }
        catch (RuleDataException e)
        {
            error.WriteLine($"certinspect: {e.Message}");
            return null;
        }
    }
}

using System.Reflection;

namespace CertInspect.Cli;

/// <summary>The tool's version, as the package states it (without the build's source hash).</summary>
internal static class ToolVersion
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        string? informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is null ? "unknown" : informational.Split('+')[0];
    }
}

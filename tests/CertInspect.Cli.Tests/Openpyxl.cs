using System.Diagnostics;

namespace CertInspect.Cli.Tests;

/// <summary>
/// openpyxl, a spreadsheet reader that is not ours, run by Debian's Python (/usr/bin/python3, which .ci/run gives the
/// python3-openpyxl package): what it reads from a workbook is what Excel-compatible tools read.
/// </summary>
internal static class Openpyxl
{
    private const string Python = "/usr/bin/python3";

    public static bool Installed { get; } = File.Exists(Python) && Run("import openpyxl", []).ExitCode == 0;

    /// <summary>Runs a Python script with the arguments; returns its exit code and standard output.</summary>
    public static (int ExitCode, string Output) Run(string script, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}

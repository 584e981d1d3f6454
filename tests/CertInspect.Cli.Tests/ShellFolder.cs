using System.Diagnostics;

namespace CertInspect.Cli.Tests;

/// <summary>
/// A folder that holds testdata/, an empty reports/ (as every checkout has: git keeps reports/.gitkeep) and a
/// certinspect command on the PATH that runs this build (as the README's alias does, through exec, so the process gets
/// the shell's descriptors as they are); commands run there with bash, so that redirections, pipes and exit codes are
/// the shell's own.
/// </summary>
internal sealed class ShellFolder : IDisposable
{
    public ShellFolder()
    {
        Path = Directory.CreateTempSubdirectory("certinspect-shell-").FullName;
        Directory.CreateSymbolicLink(System.IO.Path.Combine(Path, "testdata"), TestData.Root);
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "reports"));
        string bin = Directory.CreateDirectory(System.IO.Path.Combine(Path, ".bin")).FullName;
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string command = System.IO.Path.Combine(bin, "certinspect");
        File.WriteAllText(command, $"#!/bin/sh\nexec '{dotnet}' '{System.IO.Path.Combine(AppContext.BaseDirectory, "certinspect.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(command, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    /// <summary>Runs a bash script in the folder; its standard output and error as they came, separately.</summary>
    public (int ExitCode, string Output, string Error) Run(string script, IReadOnlyDictionary<string, string>? variables = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PATH"] = $"{System.IO.Path.Combine(Path, ".bin")}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment.Remove("COLUMNS");
        foreach ((string name, string value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"'{script}' did not end");
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The text of a file in the folder.</summary>
    public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Path, name));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

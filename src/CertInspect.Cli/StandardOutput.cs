using System.Text;

namespace CertInspect.Cli;

/// <summary>
/// The process's standard output as a writer: write(2) on descriptor 1 (<see cref="DescriptorStream"/>), which keeps
/// the offset the shell shares and appends under >>, and which says when the reader closed the pipe (.NET's Console
/// quietly drops such writes, so a million-row report would be computed for nobody).
/// </summary>
internal static class StandardOutput
{
    private const int Descriptor = 1;

    public static TextWriter Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        return new StreamWriter(new DescriptorStream(Descriptor), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
    }
}

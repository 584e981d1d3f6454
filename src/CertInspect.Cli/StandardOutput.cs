using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CertInspect.Cli;

/// <summary>
/// The process's standard output as a writer that reports failures. .NET's Console quietly drops writes to a closed
/// pipe (EPIPE), so "certinspect audit … | head" would end with exit 0 and a report nobody got; writing to file
/// descriptor 1 directly raises an IOException that the command turns into one message and exit 1.
/// </summary>
internal static class StandardOutput
{
    public static TextWriter Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
    }
}

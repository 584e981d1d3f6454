using System.Runtime.InteropServices;

namespace CertInspect.Inputs;

/// <summary>
/// Tells FIFOs, sockets and device files from regular files, which .NET's file APIs do not: opening a FIFO blocks
/// until something writes to it, so a directory walk must never open one. Asks stat(2) where the layout of its
/// struct stat is known (Linux x64 and arm64, macOS); elsewhere nothing is special.
/// </summary>
public static partial class SpecialFile
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>What the path is when it is not a regular file or directory ("FIFO", "socket", "device"); null otherwise.</summary>
    public static string? KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (ModeOffset() is not { } offset)
        {
            return null;
        }

        byte[] buffer = new byte[512];
        if (Stat(path, buffer) != 0)
        {
            return null;
        }

        int mode = OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(buffer, offset) : BitConverter.ToInt32(buffer, offset);
        return (mode & TypeMask) switch
        {
            RegularFile or DirectoryType or SymbolicLink => null,
            0x1000 => "FIFO",
            0xC000 => "socket",
            0x2000 or 0x6000 => "device",
            _ => "special file",
        };
    }

    // Where st_mode sits in struct stat: after st_dev, st_ino, st_nlink on Linux x64; after st_dev, st_ino on the
    // generic layout of Linux arm64; after a 32-bit st_dev on macOS.
    private static int? ModeOffset() =>
        OperatingSystem.IsMacOS() ? 4
        : !OperatingSystem.IsLinux() ? null
        : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => null,
        };

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}

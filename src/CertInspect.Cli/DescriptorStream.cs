using System.Runtime.InteropServices;

namespace CertInspect.Cli;

/// <summary>
/// A write-only stream on a file descriptor that writes with write(2) and never seeks. A FileStream on descriptor 1
/// keeps a position of its own and writes there (pwrite), so "certinspect … > log 2>&amp;1" wrote over what standard
/// error had put in the same file, and "{ echo A; certinspect …; echo B; } > f" wrote over A: write(2) writes at the
/// offset the shell's redirection shares with every other writer of the file, and at the end under O_APPEND (>>).
/// A reader that closed the pipe (EPIPE) raises <see cref="StandardOutputClosedException"/>, so that the run stops
/// writing; any other failure (ENOSPC) an IOException with the system's words.
/// </summary>
internal sealed partial class DescriptorStream(int descriptor) : Stream
{
    // errno values: EINTR and EPIPE are the same on Linux and macOS; EAGAIN is not.
    private const int Interrupted = 4;
    private const int BrokenPipe = 32;
    private static readonly int _tryAgain = OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 35 : 11;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint written = WriteBytes(descriptor, buffer, buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }

            int error = Marshal.GetLastPInvokeError();
            if (error == Interrupted)
            {
                continue;
            }

            if (error == _tryAgain)
            {
                // A descriptor a parent left non-blocking: wait for the reader rather than drop the bytes.
                Thread.Sleep(1);
                continue;
            }

            string message = Marshal.GetPInvokeErrorMessage(error);
            throw error == BrokenPipe ? new StandardOutputClosedException(message) : new IOException(message, error);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteBytes(int descriptor, ReadOnlySpan<byte> buffer, nint count);
}

using System.Security.Cryptography;
using CertInspect.Reporting.Json;

namespace CertInspect.Tests.Reporting.Json;

public sealed class SpillBufferTests
{
    [Theory]
    [InlineData(1000)]
    [InlineData(12 * 1024 * 1024)]
    public void WriteTo_GivesBackEveryByteInOrder_InMemoryOrSpilledToAFile(int size)
    {
        byte[] data = new byte[size];
        new Random(7).NextBytes(data);
        using var buffer = new SpillBuffer();
        for (int at = 0; at < size; at += 100_000)
        {
            buffer.Write(data.AsSpan(at, Math.Min(100_000, size - at)));
        }

        using var output = new MemoryStream();
        buffer.WriteTo(output);

        Assert.Equal(SHA256.HashData(data), SHA256.HashData(output.ToArray()));
    }

    [Fact]
    public void Dispose_DeletesTheSpillFile()
    {
        var buffer = new SpillBuffer();
        buffer.Write(new byte[1000]);
        Assert.Null(buffer.SpillPath);
        buffer.Write(new byte[12 * 1024 * 1024]);
        string spill = buffer.SpillPath!;
        Assert.True(File.Exists(spill));

        buffer.Dispose();

        Assert.False(File.Exists(spill));
    }
}

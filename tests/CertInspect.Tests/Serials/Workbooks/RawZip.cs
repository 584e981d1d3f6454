using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CertInspect.Tests.Serials.Workbooks;

/// <summary>
/// A zip written byte by byte (PKWARE APPNOTE.TXT §4.3), for hostile workbooks ZipArchive cannot write: a part given
/// as deflate bytes made elsewhere (<see cref="Bomb"/>), with the sizes it really inflates to.
/// </summary>
internal static class RawZip
{
    /// <param name="Method">The compression method (§4.4.5): 8 deflate; others are refused by ZipArchive.</param>
    public sealed record Entry(string Name, byte[] Deflated, uint Crc, long Size, ushort Method = 8);

    public static Entry Deflate(string name, string text)
    {
        byte[] plain = Encoding.UTF8.GetBytes(text);
        using var bytes = new MemoryStream();
        using (var deflate = new DeflateStream(bytes, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(plain);
        }

        return new Entry(name, bytes.ToArray(), Crc32(plain), plain.Length);
    }

    /// <summary>
    /// A part that inflates to prefix, then unit repeated to about <paramref name="gibibytes"/> GiB, then suffix, in
    /// about a thousandth of that: one deflated 16 MiB run of units (ended by a sync flush, so it is byte-aligned and,
    /// its window being units too, valid again after itself) repeated. Its CRC is not computed (0): no reader gets to the end.
    /// </summary>
    /// <param name="understate">Whether the zip entry says the part inflates to 50 times its compressed size only.</param>
    public static Entry Bomb(string name, string prefix, string unit, int gibibytes, string suffix, bool understate = false)
    {
        byte[] block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length)));
        using var bytes = new MemoryStream();
        byte[] run;
        long mark;
        using (var deflate = new DeflateStream(bytes, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(prefix));
            deflate.Write(block);
            deflate.Flush();
            mark = bytes.Length;
            for (int i = 0; i < 16; i++)
            {
                deflate.Write(block);
            }

            deflate.Flush();
            run = bytes.ToArray()[(int)mark..];
            deflate.Write(Encoding.UTF8.GetBytes(suffix));
        }

        byte[] all = bytes.ToArray();
        int runs = gibibytes * 64;
        using var result = new MemoryStream();
        result.Write(all.AsSpan(0, (int)mark));
        for (int i = 0; i < runs; i++)
        {
            result.Write(run);
        }

        result.Write(all.AsSpan((int)mark + run.Length));
        long size = Encoding.UTF8.GetByteCount(prefix) + block.Length + ((long)runs * 16 * block.Length) + Encoding.UTF8.GetByteCount(suffix);
        return new Entry(name, result.ToArray(), 0, understate ? result.Length * 50 : size);
    }

    public static byte[] Write(IEnumerable<Entry> entries)
    {
        using var zip = new MemoryStream();
        var central = new MemoryStream();
        int count = 0;
        foreach (Entry entry in entries)
        {
            byte[] name = Encoding.UTF8.GetBytes(entry.Name);
            long offset = zip.Position;
            Header(zip, 0x04034b50, entry, name, centralOffset: null);
            zip.Write(entry.Deflated);
            Header(central, 0x02014b50, entry, name, offset);
            count++;
        }

        long directory = zip.Position;
        central.Position = 0;
        central.CopyTo(zip);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
        zip.Write(end);
        return zip.ToArray();
    }

    // A local header (§4.3.7) or, with its offset, a central directory header (§4.3.12), dated 1980-01-01.
    private static void Header(Stream output, uint signature, Entry entry, byte[] name, long? centralOffset)
    {
        bool isCentral = centralOffset is not null;
        byte[] header = new byte[isCentral ? 46 : 30];
        Span<byte> h = header;
        BinaryPrimitives.WriteUInt32LittleEndian(h, signature);
        int at = 4;
        if (isCentral)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(h[at..], 20);
            at += 2;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(h[at..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 4)..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 8)..], 0x21);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(at + 10)..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(at + 14)..], (uint)entry.Deflated.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(at + 18)..], (uint)entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(h[(at + 22)..], (ushort)name.Length);
        if (isCentral)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], (uint)centralOffset!.Value);
        }

        output.Write(header);
        output.Write(name);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}

using System.Buffers.Binary;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// The number of entries a zip declares, read from its end-of-central-directory record before the zip is opened:
/// ZipArchive reads every entry of the directory into memory, so a zip of millions of entries is refused first.
/// </summary>
internal static class ZipDirectory
{
    // PKWARE APPNOTE.TXT §4.3.16: the record is 22 bytes and a comment of at most 65,535; §4.3.15 and §4.3.14: the
    // zip64 locator (20 bytes) just before it points at the zip64 record, whose entry count is 8 bytes at offset 32.
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int LocatorLength = 20;

    /// <summary>The entry count; null when no end record is found (opening the zip then says why).</summary>
    public static ulong? EntryCount(Stream zip)
    {
        long length = zip.Length;
        int tailLength = (int)Math.Min(length, EndLength + ushort.MaxValue + LocatorLength);
        byte[] tail = new byte[tailLength];
        zip.Position = length - tailLength;
        zip.ReadExactly(tail);
        for (int i = tailLength - EndLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndSignature)
            {
                continue;
            }

            ushort entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            if (entries != ushort.MaxValue || i < LocatorLength
                || BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i - LocatorLength)) != Zip64LocatorSignature)
            {
                return entries;
            }

            ulong recordOffset = BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(i - LocatorLength + 8));
            if (length < 56 || recordOffset > (ulong)(length - 56))
            {
                return null;
            }

            byte[] record = new byte[56];
            zip.Position = (long)recordOffset;
            zip.ReadExactly(record);
            return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndSignature
                ? BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32))
                : null;
        }

        return null;
    }
}

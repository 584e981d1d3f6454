namespace CertInspect.Inputs;

/// <summary>What a file holds, judged from its content, never from its name.</summary>
public enum ContentKind
{
    /// <summary>Nothing to read: zero bytes, or only blank lines and comments.</summary>
    Empty,

    SerialList,

    InventoryCsv,

    /// <summary>X.509 certificates in any container: PEM, DER, PKCS #7, PKCS #12, base64 of DER.</summary>
    Certificates,

    /// <summary>A console capture: prompts, command output (show crypto pki certificates, show ap summary, ...), logs.</summary>
    Capture,

    /// <summary>A zip archive: an Excel workbook (.xlsx) when it holds one, read as an inventory; else an input error saying what it holds.</summary>
    ZipArchive,

    /// <summary>Content this version cannot read (binary, certificates, unknown text); the sniff says what was found.</summary>
    Unsupported,
}

namespace CertInspect.Evidence;

/// <summary>One attribute of a distinguished name: its OID, the short name reports use, its value, and the ASN.1
/// string type it was encoded with (UTF8String, PrintableString, T61String, ...).</summary>
public sealed record NameEntry(string Oid, string ShortName, string Value, string StringType);

using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// Reads every certificate a file holds, whatever the container, judged from the content: PEM (any number of
/// blocks, text around them), DER, PKCS #7 (PEM or DER, certificates only), PKCS #12, and bare base64 of DER.
/// What cannot be read becomes an input error naming the line (PEM) or byte offset (binary).
/// </summary>
public static class CertificateFileReader
{
    public const string PemFormat = "pem";
    public const string DerFormat = "der";
    public const string Pkcs7Format = "pkcs7";
    public const string Pkcs12Format = "pkcs12";
    public const string Base64Format = "base64";

    /// <summary>How many answers a PKCS #12 password prompt gets before the file is an input error.</summary>
    public const int PasswordTries = 3;

    private const string PemBegin = "-----BEGIN ";
    private const string PemEnd = "-----END ";
    private static readonly string[] _certificateLabels = ["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"];
    private static readonly string[] _pkcs7Labels = ["PKCS7", "PKCS #7 SIGNED DATA", "CMS"];

    /// <param name="password">Asked for only when a PKCS #12 file needs a password; null means none is available.</param>
    public static CertificateFileContents Read(byte[] content, string source, Pkcs12PasswordSource password)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(password);
        if (content.Length > 0 && content[0] == 0x30)
        {
            return ReadBinary(content, source, password, DerFormat);
        }

        string text = Encoding.UTF8.GetString(content);
        if (YangCertificateDocument.FormatOf(text) is { } yang)
        {
            return YangCertificateDocument.Read(text, source, yang);
        }

        if (text.Contains(PemBegin, StringComparison.Ordinal))
        {
            return ReadPem(text, source);
        }

        string compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length > 0 && TryBase64(compact, out byte[] decoded) && decoded.Length > 0 && decoded[0] == 0x30)
        {
            return ReadBinary(decoded, source, password, Base64Format);
        }

        return new CertificateFileContents(
            "unknown",
            [],
            [new InputError(new SourceLocation(source, null), "neither PEM, DER, PKCS #7, PKCS #12 nor base64 of DER: no certificate found")]);
    }

    private static CertificateFileContents ReadPem(string text, string source)
    {
        var certificates = new List<LocatedCertificate>();
        var errors = new List<InputError>();

        (List<string> lines, List<int> numbers) = PemMarkers.Lines(text);
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (!line.StartsWith(PemBegin, StringComparison.Ordinal) || !line.EndsWith("-----", StringComparison.Ordinal))
            {
                continue;
            }

            string label = line[PemBegin.Length..^5];
            var location = new SourceLocation(source, numbers[i]);
            int end = lines.FindIndex(i + 1, l => l.Trim().StartsWith(PemEnd, StringComparison.Ordinal));
            if (end < 0)
            {
                errors.Add(new InputError(location, $"PEM block '{label}' has no END line"));
                break;
            }

            // RFC 7468 §2: header lines ("Proc-Type: ...") before the base64 are ignored; so is whitespace.
            string body = string.Concat(lines[(i + 1)..end].Where(l => !l.Contains(':', StringComparison.Ordinal)).Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c)))));
            i = end;
            if (!TryBase64(body, out byte[] der))
            {
                errors.Add(new InputError(location, $"PEM block '{label}': the body is not valid base64"));
                continue;
            }

            if (_certificateLabels.Contains(label, StringComparer.Ordinal))
            {
                // An OpenSSL TRUSTED CERTIFICATE carries trust settings after the certificate: read the first element only.
                byte[] first = label == "TRUSTED CERTIFICATE" ? FirstElement(der) : der;
                AddCertificate(first, location, PemFormat, certificates.Count + 1, certificates, errors, offsetNote: "in the PEM block");
            }
            else if (_pkcs7Labels.Contains(label, StringComparer.Ordinal))
            {
                ReadPkcs7(der, location, certificates, errors);
            }
        }

        if (certificates.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(new SourceLocation(source, null), "PEM without a CERTIFICATE or PKCS7 block (keys and requests are not certificates)"));
        }

        return new CertificateFileContents(PemFormat, certificates, errors);
    }

    private static CertificateFileContents ReadBinary(byte[] data, string source, Pkcs12PasswordSource password, string format)
    {
        var location = new SourceLocation(source, null);
        var certificates = new List<LocatedCertificate>();
        var errors = new List<InputError>();
        CertificateDecoding decoding = CertificateDecoder.Decode(data);
        if (decoding.Certificate is { } certificate)
        {
            certificates.Add(new LocatedCertificate(certificate, location, format, 1));
            return new CertificateFileContents(format, certificates, errors);
        }

        if (IsPkcs7(data))
        {
            ReadPkcs7(data, location, certificates, errors);
            return new CertificateFileContents(Pkcs7Format, certificates, errors);
        }

        if (IsPkcs12(data))
        {
            ReadPkcs12(data, location, password, certificates, errors);
            return new CertificateFileContents(Pkcs12Format, certificates, errors);
        }

        errors.Add(new InputError(location, string.Create(CultureInfo.InvariantCulture, $"at byte offset {decoding.ErrorOffset}: {decoding.Error}")));
        return new CertificateFileContents(format, certificates, errors);
    }

    // RFC 5652 §5.1: ContentInfo { signedData, [0] SignedData { ..., [0] IMPLICIT certificates, ... } }.
    private static void ReadPkcs7(byte[] data, SourceLocation location, List<LocatedCertificate> certificates, List<InputError> errors)
    {
        try
        {
            AsnReader contentInfo = new AsnReader(data, AsnEncodingRules.BER).ReadSequence();
            string type = contentInfo.ReadObjectIdentifier();
            if (type != Oids.Pkcs7SignedData)
            {
                errors.Add(new InputError(location, $"PKCS #7 content of type {type}, not signedData: no certificates"));
                return;
            }

            AsnReader signedData = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadSequence();
            signedData.ReadEncodedValue(); // version
            signedData.ReadEncodedValue(); // digestAlgorithms
            signedData.ReadEncodedValue(); // encapContentInfo
            var certificatesTag = new Asn1Tag(TagClass.ContextSpecific, 0, true);
            if (!signedData.HasData || !signedData.PeekTag().HasSameClassAndValue(certificatesTag))
            {
                errors.Add(new InputError(location, "PKCS #7 signedData without certificates"));
                return;
            }

            AsnReader set = signedData.ReadSetOf(skipSortOrderValidation: true, certificatesTag);
            while (set.HasData)
            {
                Asn1Tag tag = set.PeekTag();
                byte[] element = set.ReadEncodedValue().ToArray();
                if (tag.HasSameClassAndValue(Asn1Tag.Sequence))
                {
                    AddCertificate(element, location, Pkcs7Format, certificates.Count + 1, certificates, errors, offsetNote: "in the PKCS #7 certificate");
                }
            }
        }
        catch (AsnContentException e)
        {
            errors.Add(new InputError(location, $"PKCS #7 structure is broken: {e.Message}"));
        }
    }

    private static void ReadPkcs12(byte[] data, SourceLocation location, Pkcs12PasswordSource password, List<LocatedCertificate> certificates, List<InputError> errors)
    {
        try
        {
            Pkcs12Info info = Pkcs12Info.Decode(data, out _, skipCopy: true);
            string? secret = null;
            if (info.IntegrityMode == Pkcs12IntegrityMode.Password && !info.VerifyMac(null) && !info.VerifyMac(string.Empty))
            {
                // A mistyped password is asked for again, up to three answers; a source with nothing new stops it.
                secret = password(null);
                for (int tries = 1; secret is not null && !info.VerifyMac(secret) && tries < PasswordTries && password(secret) is { } next; tries++)
                {
                    secret = next;
                }

                if (secret is null || !info.VerifyMac(secret))
                {
                    errors.Add(new InputError(location, secret is null
                        ? "PKCS #12 file needs a password: set --password-env VAR (or run on a terminal to be asked)"
                        : "PKCS #12 password is wrong (the integrity check failed)"));
                    return;
                }
            }

            foreach (Pkcs12SafeContents safe in info.AuthenticatedSafe)
            {
                if (safe.ConfidentialityMode == Pkcs12ConfidentialityMode.Password)
                {
                    safe.Decrypt(secret ?? string.Empty);
                }

                foreach (Pkcs12CertBag bag in safe.GetBags().OfType<Pkcs12CertBag>().Where(b => b.IsX509Certificate))
                {
                    AsnReader wrapped = new(bag.EncodedCertificate, AsnEncodingRules.BER);
                    AddCertificate(wrapped.ReadOctetString(), location, Pkcs12Format, certificates.Count + 1, certificates, errors, offsetNote: "in the PKCS #12 certificate bag");
                }
            }
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException)
        {
            errors.Add(new InputError(location, $"PKCS #12 cannot be read: {e.Message}"));
        }
    }

    internal static void AddCertificate(byte[] der, SourceLocation location, string container, int index, List<LocatedCertificate> certificates, List<InputError> errors, string offsetNote)
    {
        CertificateDecoding decoding = CertificateDecoder.Decode(der);
        if (decoding.Certificate is { } certificate)
        {
            certificates.Add(new LocatedCertificate(certificate, location, container, index));
        }
        else
        {
            errors.Add(new InputError(location, string.Create(CultureInfo.InvariantCulture, $"certificate {index}, at byte offset {decoding.ErrorOffset} {offsetNote}: {decoding.Error}")));
        }
    }

    private static bool IsPkcs7(byte[] data)
    {
        try
        {
            AsnReader contentInfo = new AsnReader(data, AsnEncodingRules.BER).ReadSequence();
            return contentInfo.ReadObjectIdentifier().StartsWith("1.2.840.113549.1.7.", StringComparison.Ordinal);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    // RFC 7292 §4: PFX { version 3, authSafe ContentInfo, macData OPTIONAL }.
    private static bool IsPkcs12(byte[] data)
    {
        try
        {
            AsnReader pfx = new AsnReader(data, AsnEncodingRules.BER).ReadSequence();
            return pfx.TryReadInt32(out int version) && version == 3 && pfx.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static byte[] FirstElement(byte[] der)
    {
        try
        {
            return new AsnReader(der, AsnEncodingRules.BER, new AsnReaderOptions()).PeekEncodedValue().ToArray();
        }
        catch (AsnContentException)
        {
            return der;
        }
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length * 3 / 4 + 3];
        if (Convert.TryFromBase64String(text, bytes, out int written))
        {
            Array.Resize(ref bytes, written);
            return true;
        }

        bytes = [];
        return false;
    }
}

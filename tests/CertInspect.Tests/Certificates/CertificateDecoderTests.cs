using System.Security.Cryptography;
using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

public sealed class CertificateDecoderTests
{
    [Fact]
    public void Decode_CiscoShapedMic_ReadsEveryFact()
    {
        CertificateFacts mic = CertificateFixtures.Facts("aps/c1130-mic-expired.pem");

        Assert.Equal(3, mic.Version);
        Assert.Equal("15", mic.SerialHex);
        Assert.Equal("emailAddress=support@cisco.com,CN=C1130-001122aabbcc,O=Cisco Systems,L=San Jose,ST=California,C=US", mic.Subject.Rfc4514);
        Assert.Equal("C1130-001122aabbcc", mic.Subject.CommonName);
        Assert.Equal("CN=Cisco Manufacturing CA,OU=CertInspect test fixture\\, not Cisco,O=Cisco Systems", mic.Issuer.Rfc4514);
        Assert.Equal(new DateTimeOffset(2006, 9, 26, 10, 9, 50, TimeSpan.Zero), mic.NotBefore);
        Assert.Equal(new DateTimeOffset(2016, 9, 26, 10, 19, 50, TimeSpan.Zero), mic.NotAfter);
        Assert.Equal(("sha1WithRSAEncryption", "sha1"), (mic.SignatureAlgorithm.Name, mic.SignatureAlgorithm.HashName));
        Assert.Equal("RSA 2048", mic.PublicKey.ToString());
        Assert.Equal(["digitalSignature", "keyEncipherment"], mic.KeyUsage);
        Assert.Equal(["http://www.example.invalid/crl/cmca.crl"], mic.CrlDistributionPoints);
        Assert.NotNull(mic.SubjectKeyId);
        Assert.NotNull(mic.AuthorityKeyId);
        Assert.Null(mic.IsCa);
        Assert.Empty(mic.Violations);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(mic.Der.Span)), mic.Sha256Fingerprint.Replace(":", string.Empty, StringComparison.Ordinal));
        Assert.Equal(-3708, mic.DaysLeft(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public void Decode_CaCertificate_ReadsBasicConstraints()
    {
        CertificateFacts ca = CertificateFixtures.Facts("ca/manufacturing-sha2.pem");

        Assert.True(ca.IsCa);
        Assert.Equal(["keyCertSign", "cRLSign"], ca.KeyUsage);
        Assert.False(ca.IsSelfIssued);
        Assert.True(CertificateFixtures.Facts("ca/root-m2.pem").IsSelfIssued);
    }

    [Fact]
    public void Decode_EcdsaSudi_ReadsCurveAndSerialNumberAttribute()
    {
        CertificateFacts sudi = CertificateFixtures.Facts("aps/sudi-ecdsa.pem");

        Assert.Equal("EC P-384", sudi.PublicKey.ToString());
        Assert.Equal("ecdsa-with-SHA384", sudi.SignatureAlgorithm.Name);
        Assert.Equal("PID:AIR-AP2802I-E-K9 SN:FGL2131A3JS", sudi.Subject.Get("serialNumber"));
        Assert.Equal("0A6475524CD8617C62", sudi.SerialHex);
        Assert.Equal(new DateTimeOffset(2099, 8, 9, 20, 58, 26, TimeSpan.Zero), sudi.NotAfter);
        Assert.Empty(sudi.Violations); // 2099 is a GeneralizedTime, as RFC 5280 §4.1.2.5 requires from 2050.
    }

    [Theory]
    [InlineData("violations/fractional-seconds.der", "notBefore: fractional seconds (RFC 5280 §4.1.2.5.2")]
    [InlineData("violations/utctime-without-seconds.der", "notBefore: time without seconds (RFC 5280 §4.1.2.5")]
    [InlineData("violations/non-minimal-serial.der", "serialNumber: non-minimal integer encoding (X.690 §8.3.2)")]
    [InlineData("violations/negative-serial.der", "serialNumber: negative (RFC 5280 §4.1.2.2")]
    [InlineData("violations/long-serial.der", "serialNumber: 22 octets (RFC 5280 §4.1.2.2: at most 20)")]
    [InlineData("violations/t61-name.der", "subject CN: T61String (RFC 5280 §4.1.2.4")]
    [InlineData("violations/bmp-name.der", "subject CN: BMPString (RFC 5280 §4.1.2.4")]
    [InlineData("violations/unknown-critical-extension.der", "unknown critical extension 1.3.6.1.4.1.9.99.1 (RFC 5280 §4.2")]
    public void Decode_NonconformantCertificate_IsReadWithTheRuleItBreaks(string fixture, string violation)
    {
        CertificateFacts facts = CertificateFixtures.Facts(fixture);

        Assert.Contains(facts.Violations, v => v.StartsWith(violation, StringComparison.Ordinal));
        Assert.StartsWith("AP1G2-", facts.Subject.CommonName, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NonconformantNames_KeepTheirText()
    {
        Assert.Equal("AP1G2-0011223344ab", CertificateFixtures.Facts("violations/t61-name.der").Subject.CommonName);
        Assert.Equal("AP1G2-0011223344ac", CertificateFixtures.Facts("violations/bmp-name.der").Subject.CommonName);
        Assert.Equal(new DateTimeOffset(2013, 2, 1, 0, 0, 0, 123, TimeSpan.Zero), CertificateFixtures.Facts("violations/fractional-seconds.der").NotBefore);
    }

    [Fact]
    public void Decode_Truncated_SaysWhereItStopped()
    {
        CertificateDecoding decoding = CertificateDecoder.Decode(CertificateFixtures.Bytes("broken/truncated.der"));

        Assert.Null(decoding.Certificate);
        Assert.StartsWith("not an X.509 certificate:", decoding.Error, StringComparison.Ordinal);
        Assert.Equal(0, decoding.ErrorOffset);
    }

    [Fact]
    public void Decode_HugeIntegers_AreReadWithoutOverflow()
    {
        // Built with AsnWriter: version 2^64 and a basicConstraints pathLen of 2^64, where a cast to int would overflow.
        CertificateFacts template = CertificateFixtures.Facts("ca/root-m2.pem");
        byte[] huge = [0x01, 0, 0, 0, 0, 0, 0, 0, 0];
        var writer = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence(new System.Formats.Asn1.Asn1Tag(System.Formats.Asn1.TagClass.ContextSpecific, 0, true)))
                {
                    writer.WriteIntegerUnsigned(huge);
                }

                writer.WriteInteger(7);
                WriteAlgorithm(writer);
                writer.WriteEncodedValue(NameOf("x"));
                using (writer.PushSequence())
                {
                    writer.WriteUtcTime(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
                    writer.WriteUtcTime(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
                }

                writer.WriteEncodedValue(NameOf("x"));
                writer.WriteEncodedValue(template.PublicKey.SubjectPublicKeyInfo.Span);
                using (writer.PushSequence(new System.Formats.Asn1.Asn1Tag(System.Formats.Asn1.TagClass.ContextSpecific, 3, true)))
                using (writer.PushSequence())
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("2.5.29.19");
                    var value = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
                    using (value.PushSequence())
                    {
                        value.WriteBoolean(true);
                        value.WriteIntegerUnsigned(huge);
                    }

                    writer.WriteOctetString(value.Encode());
                }
            }

            WriteAlgorithm(writer);
            writer.WriteBitString(new byte[256]);
        }

        CertificateFacts facts = Assert.IsType<CertificateFacts>(CertificateDecoder.Decode(writer.Encode()).Certificate);

        Assert.Equal(3, facts.Version);
        Assert.Contains(facts.Violations, v => v.StartsWith("version: not v1, v2 or v3", StringComparison.Ordinal));
        Assert.Equal(int.MaxValue, facts.PathLength);

        static void WriteAlgorithm(System.Formats.Asn1.AsnWriter writer)
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier("1.2.840.113549.1.1.11");
                writer.WriteNull();
            }
        }

        static byte[] NameOf(string cn)
        {
            var name = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
            using (name.PushSequence())
            using (name.PushSetOf())
            using (name.PushSequence())
            {
                name.WriteObjectIdentifier("2.5.4.3");
                name.WriteCharacterString(System.Formats.Asn1.UniversalTagNumber.UTF8String, cn);
            }

            return name.Encode();
        }
    }

    [Fact]
    public void Decode_DeeplyNestedContent_IsAViolationNotAStackOverflow()
    {
        // A subjectUniqueID [2] holding 20,000 nested SEQUENCEs: a recursive walk would overflow the stack.
        CertificateFacts template = CertificateFixtures.Facts("ca/root-m2.pem");
        var nested = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        var scopes = new Stack<System.Formats.Asn1.AsnWriter.Scope>();
        scopes.Push(nested.PushSequence(new System.Formats.Asn1.Asn1Tag(System.Formats.Asn1.TagClass.ContextSpecific, 2, true)));
        for (int i = 0; i < 20_000; i++)
        {
            scopes.Push(nested.PushSequence());
        }

        while (scopes.Count > 0)
        {
            scopes.Pop().Dispose();
        }

        byte[] tbs = template.SignedPart.ToArray();
        var reader = new System.Formats.Asn1.AsnReader(tbs, System.Formats.Asn1.AsnEncodingRules.DER).ReadSequence();
        var writer = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                for (int field = 0; field < 7; field++)
                {
                    writer.WriteEncodedValue(reader.ReadEncodedValue().Span);
                }

                writer.WriteEncodedValue(nested.Encode());
                while (reader.HasData)
                {
                    writer.WriteEncodedValue(reader.ReadEncodedValue().Span);
                }
            }

            var outer = new System.Formats.Asn1.AsnReader(template.Der, System.Formats.Asn1.AsnEncodingRules.DER).ReadSequence();
            outer.ReadEncodedValue();
            writer.WriteEncodedValue(outer.ReadEncodedValue().Span);
            writer.WriteEncodedValue(outer.ReadEncodedValue().Span);
        }

        CertificateFacts facts = Assert.IsType<CertificateFacts>(CertificateDecoder.Decode(writer.Encode()).Certificate);

        Assert.Contains(facts.Violations, v => v.Contains($"nested deeper than {DerConformance.MaximumDepth} levels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x00 })]
    [InlineData(new byte[] { 0x04, 0x00 })]
    [InlineData(new byte[0])]
    public void Decode_NotACertificate_FailsWithoutThrowing(byte[] data) =>
        Assert.NotNull(CertificateDecoder.Decode(data).Error);
}

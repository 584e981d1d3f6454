#!/usr/bin/env python3
"""Writes testdata/certs/: certificate fixtures shaped like Cisco's, with test names.

Every certificate is assembled here byte by byte (a small DER writer) and signed with the test keys in keys/
(created on the first run, then reused, so the output is the same on every run; the PKCS #12 files and the PSS
certificate, whose salts are random, are written only when missing). Assembling by hand is what lets the fixtures break RFC 5280 and DER the way real
certificates do; Python's cryptography package also refuses to sign with SHA-1, which Cisco's first CAs use.

Hierarchies, named and dated like Cisco's CAs (DOMAIN.md section 5) so that CertInspect classifies what they issue
as it classifies real exports, each with OU=CertInspect test fixture, not Cisco (their fingerprints are not Cisco's,
and CertInspect says so):
  Cisco Root CA 2048 (sha1WithRSA, 2004-05-14 .. 2029-05-14)
    +- Cisco Manufacturing CA (sha1WithRSA, 2005-06-10 .. 2029-05-14)      -> SHA-1 MICs
    +- ACT2 SUDI CA (sha1WithRSA, 2011-06-30 .. 2029-05-14)                -> RSA SUDI leaves ending 2099
  Cisco Root CA M2 (sha256WithRSA, 2012-11-12 .. 2037-11-12)
    +- Cisco Manufacturing CA SHA2 (sha256WithRSA, .. 2037-11-12)           -> SHA-2 MICs
  Cisco ECC Root CA (ecdsa-with-SHA384, P-384)
    +- ACT2 ECC SUDI CA (ecdsa-with-SHA384)                                 -> ECDSA SUDI leaf
Some of the files are also written into testdata/sample-fleet/certs/, where the sample audit reads them.

Run:  python3 testdata/certs/make_certs.py          (rewrites the files)
      python3 testdata/certs/make_certs.py --check  (exits 1 if a committed file differs; PKCS #12 excluded)
"""
import base64
import datetime as dt
import hashlib
import json
import pathlib
import sys

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

HERE = pathlib.Path(__file__).resolve().parent
KEYS = HERE / "keys"
OUT = {}  # relative path -> bytes

# --- a small DER writer (X.690) -------------------------------------------------------------------------------


def tlv(tag, content):
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + length + content


def seq(*items):
    return tlv(0x30, b"".join(items))


def set_of(*items):
    return tlv(0x31, b"".join(items))


def integer(value):
    if isinstance(value, bytes):  # raw content octets, for the non-minimal and negative serials
        return tlv(0x02, value)
    return tlv(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True))


def oid(text):
    parts = [int(p) for p in text.split(".")]
    body = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.insert(0, 0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(chunk)
    return tlv(0x06, body)


NULL = b"\x05\x00"
UTF8, PRINTABLE, IA5, T61, BMP = 0x0C, 0x13, 0x16, 0x14, 0x1E
OIDS = {"C": "2.5.4.6", "ST": "2.5.4.8", "L": "2.5.4.7", "O": "2.5.4.10", "OU": "2.5.4.11", "CN": "2.5.4.3",
        "serialNumber": "2.5.4.5", "emailAddress": "1.2.840.113549.1.9.1"}


def name(*attributes):
    """attributes: (short name, value[, string tag]); one attribute per RDN, in encoding order."""
    rdns = []
    for attr in attributes:
        short, value = attr[0], attr[1]
        tag = attr[2] if len(attr) > 2 else (IA5 if short == "emailAddress" else PRINTABLE if short == "C" else UTF8)
        encoded = value.encode("utf-16-be") if tag == BMP else value.encode("latin-1" if tag == T61 else "utf-8")
        rdns.append(set_of(seq(oid(OIDS[short]), tlv(tag, encoded))))
    return seq(*rdns)


def utc(when, seconds=True):
    return tlv(0x17, when.strftime("%y%m%d%H%M%S" if seconds else "%y%m%d%H%M").encode() + b"Z")


def generalized(when, fraction=""):
    return tlv(0x18, when.strftime("%Y%m%d%H%M%S").encode() + fraction.encode() + b"Z")


def x509_time(when):
    # RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
    return utc(when) if when.year < 2050 else generalized(when)


def extension(ext_oid, value, critical=False):
    return seq(oid(ext_oid), tlv(0x01, b"\xff") if critical else b"", tlv(0x04, value))


def key_id(public_key_der):
    # RFC 5280 4.2.1.2 allows any method that gives unique values: SHA-1 of the whole SubjectPublicKeyInfo.
    return hashlib.sha1(public_key_der).digest()


ALGORITHMS = {
    "sha1WithRSA": (seq(oid("1.2.840.113549.1.1.5"), NULL), "rsa", hashes.SHA1()),
    "sha256WithRSA": (seq(oid("1.2.840.113549.1.1.11"), NULL), "rsa", hashes.SHA256()),
    "ecdsa-with-SHA384": (seq(oid("1.2.840.10045.4.3.3")), "ec", hashes.SHA384()),
    # RFC 4055 3.1: RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt.
    "rsassaPss-sha256": (seq(oid("1.2.840.113549.1.1.10"), seq(
        tlv(0xA0, seq(oid("2.16.840.1.101.3.4.2.1"))),
        tlv(0xA1, seq(oid("1.2.840.113549.1.1.8"), seq(oid("2.16.840.1.101.3.4.2.1")))),
        tlv(0xA2, integer(32)))), "pss", hashes.SHA256()),
}


class Ca:
    def __init__(self, key, subject, cert_der):
        self.key, self.subject, self.der = key, subject, cert_der
        self.key_id = key_id(spki(key))


def spki(key):
    return key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def sign(key, algorithm, data):
    _, kind, digest = ALGORITHMS[algorithm]
    if kind == "rsa":
        return key.sign(data, padding.PKCS1v15(), digest)
    if kind == "pss":
        return key.sign(data, padding.PSS(mgf=padding.MGF1(digest), salt_length=32), digest)
    return key.sign(data, ec.ECDSA(digest, deterministic_signing=True))


def certificate(signer_key, algorithm, issuer, subject, subject_key, serial, not_before, not_after, extensions,
                times=None, issuer_key_id=None, corrupt_signature=False):
    alg_id = ALGORITHMS[algorithm][0]
    public = spki(subject_key)
    exts = [extension("2.5.29.14", tlv(0x04, key_id(public)))] + list(extensions)
    if issuer_key_id:
        exts.append(extension("2.5.29.35", seq(tlv(0x80, issuer_key_id))))
    validity = times or seq(x509_time(not_before), x509_time(not_after))
    tbs = seq(tlv(0xA0, integer(2)), integer(serial), alg_id, issuer, validity, subject, public, tlv(0xA3, seq(*exts)))
    signature = bytearray(sign(signer_key, algorithm, tbs))
    if corrupt_signature:
        signature[len(signature) // 2] ^= 0x01
    return seq(tbs, alg_id, tlv(0x03, b"\x00" + bytes(signature)))


def ca_extensions():
    return [extension("2.5.29.19", seq(tlv(0x01, b"\xff")), critical=True),
            extension("2.5.29.15", tlv(0x03, b"\x01\x06"), critical=True)]  # keyCertSign, cRLSign


def leaf_extensions(crl=None):
    exts = [extension("2.5.29.15", tlv(0x03, b"\x05\xa0"), critical=True)]  # digitalSignature, keyEncipherment
    if crl:
        exts.append(extension("2.5.29.31", seq(seq(tlv(0xA0, tlv(0xA0, tlv(0x86, crl.encode())))))))
    return exts


# --- keys ------------------------------------------------------------------------------------------------------


def load_key(key_name, kind):
    path = KEYS / f"{key_name}.pem"
    if not path.exists():
        KEYS.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(65537, 2048) if kind == "rsa" else ec.generate_private_key(ec.SECP384R1())
        path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def pem(*ders, label="CERTIFICATE"):
    out = b""
    for der in ders:
        body = base64.b64encode(der).decode()
        out += f"-----BEGIN {label}-----\n".encode()
        out += "".join(body[i:i + 64] + "\n" for i in range(0, len(body), 64)).encode()
        out += f"-----END {label}-----\n".encode()
    return out


def pkcs7(*ders):
    certs = tlv(0xA0, b"".join(sorted(ders)))  # X.690 11.6: DER sorts the elements of a SET OF
    signed_data = seq(integer(1), set_of(), seq(oid("1.2.840.113549.1.7.1")), certs, set_of())
    return seq(oid("1.2.840.113549.1.7.2"), tlv(0xA0, signed_data))


def utc_dt(*parts):
    return dt.datetime(*parts, tzinfo=dt.timezone.utc)


def main():
    check = "--check" in sys.argv[1:]
    fixture = ("OU", "CertInspect test fixture, not Cisco")
    ap_name = lambda cn: name(("C", "US"), ("ST", "California"), ("L", "San Jose"), ("O", "Cisco Systems"), ("CN", cn),
                              ("emailAddress", "support@cisco.com"))

    # CAs
    k_root, k_mfg = load_key("root-2048", "rsa"), load_key("manufacturing", "rsa")
    k_m2, k_mfg2 = load_key("root-m2", "rsa"), load_key("manufacturing-sha2", "rsa")
    k_eroot, k_esudi = load_key("ecc-root", "ec"), load_key("ecc-sudi", "ec")

    n_root = name(("O", "Cisco Systems"), fixture, ("CN", "Cisco Root CA 2048"))
    root = Ca(k_root, n_root, certificate(k_root, "sha1WithRSA", n_root, n_root, k_root, 0x5FF87B282B54DC8D,
                                          utc_dt(2004, 5, 14, 20, 17, 12), utc_dt(2029, 5, 14, 20, 25, 42), ca_extensions()))
    n_mfg = name(("O", "Cisco Systems"), fixture, ("CN", "Cisco Manufacturing CA"))
    mfg = Ca(k_mfg, n_mfg, certificate(k_root, "sha1WithRSA", n_root, n_mfg, k_mfg, 0x6A6967B3000000000003,
                                       utc_dt(2005, 6, 10, 22, 16, 1), utc_dt(2029, 5, 14, 20, 25, 42), ca_extensions(),
                                       issuer_key_id=root.key_id))
    n_m2 = name(("O", "Cisco"), fixture, ("CN", "Cisco Root CA M2"))
    m2 = Ca(k_m2, n_m2, certificate(k_m2, "sha256WithRSA", n_m2, n_m2, k_m2, 1,
                                    utc_dt(2012, 11, 12, 13, 50, 58), utc_dt(2037, 11, 12, 13, 0, 18), ca_extensions()))
    n_mfg2 = name(("O", "Cisco"), fixture, ("CN", "Cisco Manufacturing CA SHA2"))
    mfg2 = Ca(k_mfg2, n_mfg2, certificate(k_m2, "sha256WithRSA", n_m2, n_mfg2, k_mfg2, 2,
                                          utc_dt(2012, 11, 12, 15, 20, 13), utc_dt(2037, 11, 12, 13, 0, 17), ca_extensions(),
                                          issuer_key_id=m2.key_id))
    n_eroot = name(("O", "Cisco"), fixture, ("CN", "Cisco ECC Root CA"))
    eroot = Ca(k_eroot, n_eroot, certificate(k_eroot, "ecdsa-with-SHA384", n_eroot, n_eroot, k_eroot, 0x01,
                                             utc_dt(2013, 4, 24, 21, 53, 54), utc_dt(2053, 4, 24, 21, 53, 54), ca_extensions()))
    n_esudi = name(("O", "Cisco"), fixture, ("CN", "ACT2 ECC SUDI CA"))
    esudi = Ca(k_esudi, n_esudi, certificate(k_eroot, "ecdsa-with-SHA384", n_eroot, n_esudi, k_esudi, 0x02,
                                             utc_dt(2013, 4, 24, 22, 0, 0), utc_dt(2053, 4, 24, 21, 53, 54), ca_extensions(),
                                             issuer_key_id=eroot.key_id))
    n_act2 = name(("O", "Cisco"), fixture, ("CN", "ACT2 SUDI CA"))
    k_act2 = load_key("act2-sudi", "rsa")
    act2 = Ca(k_act2, n_act2, certificate(k_root, "sha1WithRSA", n_root, n_act2, k_act2, 0x61096E7D00000000000C,
                                          utc_dt(2011, 6, 30, 22, 10, 16), utc_dt(2029, 5, 14, 20, 25, 42), ca_extensions(),
                                          issuer_key_id=root.key_id))
    OUT["ca/act2-sudi.pem"] = pem(act2.der)
    OUT["ca/root-2048.pem"] = pem(root.der)
    OUT["ca/manufacturing-sha1.pem"] = pem(mfg.der)
    OUT["ca/root-m2.pem"] = pem(m2.der)
    OUT["ca/manufacturing-sha2.pem"] = pem(mfg2.der)
    OUT["ca/ecc-root.pem"] = pem(eroot.der)
    OUT["ca/ecc-sudi.pem"] = pem(esudi.der)

    k_ap = load_key("ap", "rsa")
    crl1, crl2 = "http://www.example.invalid/crl/cmca.crl", "http://www.example.invalid/crl/cmca2.crl"

    # Leaves (as of 2026-11-21: expired, expiring within 90 days, valid, not yet valid)
    c1130 = certificate(k_mfg, "sha1WithRSA", n_mfg, ap_name("C1130-001122aabbcc"), k_ap, 0x15,
                        utc_dt(2006, 9, 26, 10, 9, 50), utc_dt(2016, 9, 26, 10, 19, 50), leaf_extensions(crl1),
                        issuer_key_id=mfg.key_id)
    ap1g4 = certificate(k_mfg2, "sha256WithRSA", n_mfg2, ap_name("AP1G4-94D469F82DE8"), k_ap, 0x3A5B,
                        utc_dt(2017, 1, 20, 8, 0, 0), utc_dt(2027, 1, 20, 8, 10, 0), leaf_extensions(crl2),
                        issuer_key_id=mfg2.key_id)
    sudi = certificate(k_esudi, "ecdsa-with-SHA384", n_esudi,
                       name(("O", "Cisco"), ("OU", "ACT-2 Lite SUDI"), ("CN", "AIR-AP2802I-E-K9-00aabbccdd01"),
                            ("serialNumber", "PID:AIR-AP2802I-E-K9 SN:FGL2131A3JS", PRINTABLE)),
                       load_key("sudi-leaf", "ec"), 0x0A6475524CD8617C62,
                       utc_dt(2017, 8, 3, 4, 5, 6), utc_dt(2099, 8, 9, 20, 58, 26), leaf_extensions(), issuer_key_id=esudi.key_id)
    # An RSA SUDI under ACT2 SUDI CA: the leaf says 2099, its CA and root end 2029-05-14.
    def act2_sudi(issuer, issuer_key_id, sn, serial):
        return certificate(k_act2, "sha256WithRSA", issuer,
                           name(("O", "Cisco"), ("OU", "ACT-2 Lite SUDI"), ("CN", "AIR-AP3802I-E-K9-00aabbccdd0" + sn[-1]),
                                ("serialNumber", "PID:AIR-AP3802I-E-K9 SN:" + sn, PRINTABLE)),
                           k_ap, serial, utc_dt(2018, 3, 1, 9, 0, 0), utc_dt(2099, 8, 9, 20, 58, 26), leaf_extensions(),
                           issuer_key_id=issuer_key_id)
    sudi_act2 = act2_sudi(n_act2, act2.key_id, "FCW2201A0B1", 0x3802)
    # The same, naming Cisco's real ACT2 SUDI CA (and its key id) as issuer, but signed with the fixture key: what a
    # forged or damaged SUDI looks like to a tool that knows Cisco's CA.
    real_act2 = name(("O", "Cisco"), ("CN", "ACT2 SUDI CA"))
    sudi_claims_cisco = act2_sudi(real_act2, bytes.fromhex("48d8f1f1c270d55bbb7c730993afb8b83003f87f"), "FCW2201A0B2", 0x3803)
    # A Catalyst 9800's SUDI, printed by the controller itself: "show platform sudi certificate sign nonce" gives the
    # chain root first, then a signature over the nonce; "show system integrity all trust_chain nonce" names each
    # block under a LOCATION banner. The signature bytes are filler: no key outside the device can check them.
    sudi_9800 = certificate(k_act2, "sha256WithRSA", n_act2,
                            name(("O", "Cisco"), ("OU", "ACT-2 Lite SUDI"), ("CN", "C9800-40-K9"),
                                 ("serialNumber", "PID:C9800-40-K9 SN:FCW2301A0C1", PRINTABLE)),
                            k_ap, 0x9800, utc_dt(2019, 1, 7, 9, 0, 0), utc_dt(2099, 8, 9, 20, 58, 26), leaf_extensions(),
                            issuer_key_id=act2.key_id)
    filler = hashlib.sha256(b"CertInspect fixture nonce 123").hexdigest().upper() * 4
    chain = pem(root.der).decode() + pem(act2.der).decode() + pem(sudi_9800).decode()
    OUT["../captures/wlc-9800-sudi-chain.txt"] = (
        "WLC-CORE#show platform sudi certificate sign nonce 123\n" + chain
        + "Signature version: 1\nSignature:\n" + filler + "\nWLC-CORE#\n").encode()
    # Issue 25: certificate integrity on devices that are not APs. An ISR 4321's SUDI printed by the router itself,
    # one byte of its signature changed (what an altered device certificate looks like); a Catalyst 9300's SUDI whose
    # chain is printed with CAs that bear the whole names of Cisco's Root CA 2048 and ACT2 SUDI CA but the fixture's
    # keys (a certificate that claims a Cisco CA it does not chain to); an IE switch's SUDI that ended.
    def sudi_of(pid, sn, cn, serial, issuer, issuer_key, issuer_key_id, not_after=utc_dt(2029, 5, 14, 20, 25, 41), not_before=utc_dt(2017, 3, 2, 8, 0, 0)):
        return certificate(issuer_key, "sha256WithRSA", issuer,
                           name(("O", "Cisco"), ("OU", "ACT-2 Lite SUDI"), ("CN", cn), ("serialNumber", f"PID:{pid} SN:{sn}", PRINTABLE)),
                           k_ap, serial, not_before, not_after, leaf_extensions(), issuer_key_id=issuer_key_id)
    isr = bytearray(sudi_of("ISR4321/K9", "FDO2113A0R4", "ISR4321/K9-FDO2113A0R4", 0x4321, n_act2, k_act2, act2.key_id))
    isr[-1] ^= 0x01
    OUT["../captures/router-isr4321-sudi-altered.txt"] = (
        "BR-EDGE-4#show platform sudi certificate sign nonce 77\n" + pem(root.der).decode() + pem(act2.der).decode() + pem(bytes(isr)).decode()
        + "Signature version: 1\nSignature:\n" + filler + "\nBR-EDGE-4#\n").encode()
    real_root = name(("O", "Cisco Systems"), ("CN", "Cisco Root CA 2048"))
    fake_root = Ca(k_root, real_root, certificate(k_root, "sha1WithRSA", real_root, real_root, k_root, 0x5FF87B282B54DC8E,
                                                   utc_dt(2004, 5, 14, 20, 17, 12), utc_dt(2029, 5, 14, 20, 25, 42), ca_extensions()))
    fake_act2 = Ca(k_act2, real_act2, certificate(k_root, "sha1WithRSA", real_root, real_act2, k_act2, 0x61096E7D00000000000D,
                                                   utc_dt(2011, 6, 30, 22, 10, 16), utc_dt(2029, 5, 14, 20, 25, 42), ca_extensions(),
                                                   issuer_key_id=fake_root.key_id))
    c9300 = sudi_of("C9300-48P", "FOC2208X1Y2", "C9300-48P-00cafe0093a1", 0x9300, real_act2, k_act2, fake_act2.key_id)
    OUT["../captures/switch-c9300-sudi-impostor-ca.txt"] = (
        "ACC-9300-1#show platform sudi certificate sign nonce 5\n" + pem(fake_root.der).decode() + pem(fake_act2.der).decode() + pem(c9300).decode()
        + "Signature version: 1\nSignature:\n" + filler + "\nACC-9300-1#\n").encode()
    ie = sudi_of("IE-4000-8GT4G-E", "FOC1735Z0T9", "IE-4000-8GT4G-E-00cafe004000", 0x4000, n_act2, k_act2, act2.key_id,
                 not_after=utc_dt(2023, 8, 30, 11, 2, 7), not_before=utc_dt(2013, 8, 30, 11, 2, 7))
    OUT["../captures/switch-ie4000-sudi-ended.txt"] = (
        "PLANT-IE-3#show platform sudi certificate\n" + pem(root.der).decode() + pem(act2.der).decode() + pem(ie).decode()
        + "PLANT-IE-3#\n").encode()
    banner = "---------------------------------\n"
    named = "".join(f"Certificate Name: {label} CERTIFICATE\n" + pem(der).decode()
                    for label, der in (("CRCA", root.der), ("CMCA", act2.der), ("SUDI", sudi_9800)))
    OUT["../captures/wlc-9800-trust-chain.txt"] = (
        "WLC-CORE#show system integrity all trust_chain nonce 1347\n" + banner
        + "LOCATION FRU=fru-rp SLOT=0 BAY=0 CHASSIS=-1 NODE=0\n" + banner + named
        + "\n  Signature:\n  Version: 1\n  Value:\n  " + filler + "\n\nWLC-CORE#\n").encode()
    # The same chain as RESTCONF JSON and NETCONF XML of Cisco-IOS-XE-system-integrity-oper: values PEM-armoured with
    # escaped line breaks, bare base64 on one line, MIME-wrapped at 76 characters, and with &#10; references.
    def b64(der, width=None):
        text = base64.b64encode(der).decode()
        return text if width is None else "\n".join(text[i:i + width] for i in range(0, len(text), width))

    entries = [{"cert-name": "CRCA CERTIFICATE", "cert-value": pem(root.der).decode()},
               {"cert-name": "CMCA CERTIFICATE", "cert-value": pem(act2.der).decode()},
               {"cert-name": "SUDI CERTIFICATE", "cert-value": b64(sudi_9800)}]
    document = {"Cisco-IOS-XE-system-integrity-oper:system-integrity-oper-data": {"location": [{
        "fru": "fru-rp", "slot": 0, "bay": 0, "chassis": -1, "node": 0,
        "trust-chain": [{"nonce": "1347", "trust-chain": entries, "signature": {"version": 1, "value": filler}}]}]}}
    OUT["containers/trust-chain-restconf.json"] = (json.dumps(document, indent=2) + "\n").encode()
    def xml_entry(label, value):
        return f"          <trust-chain>\n            <cert-name>{label} CERTIFICATE</cert-name>\n            <cert-value>{value}</cert-value>\n          </trust-chain>\n"
    OUT["containers/trust-chain-netconf.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="101">\n'
        '  <data>\n    <system-integrity-oper-data xmlns="http://cisco.com/ns/yang/Cisco-IOS-XE-system-integrity-oper">\n'
        '      <location>\n        <fru>fru-rp</fru>\n        <slot>0</slot>\n        <trust-chain>\n          <nonce>1347</nonce>\n'
        + xml_entry("CRCA", "\n" + b64(root.der, 76) + "\n")
        + xml_entry("CMCA", b64(act2.der, 64).replace("\n", "&#10;"))
        + xml_entry("SUDI", b64(sudi_9800))
        + "        </trust-chain>\n      </location>\n    </system-integrity-oper-data>\n  </data>\n</rpc-reply>\n").encode()
    OUT["aps/sudi-act2.pem"] = pem(sudi_act2)
    OUT["aps/sudi-act2-claims-cisco.pem"] = pem(sudi_claims_cisco)
    OUT["../acceptance/sudi-delivery/sudi-fcw2201a0b1.pem"] = pem(sudi_act2)
    OUT["../acceptance/sudi-delivery/sudi-fcw2201a0b2.pem"] = pem(sudi_claims_cisco)
    controller = certificate(k_mfg2, "sha256WithRSA", n_mfg2, ap_name("AIR-CT2504-K9-00211bfe58c0"), k_ap, 0x2504,
                             utc_dt(2015, 10, 4, 5, 5, 4), utc_dt(2025, 10, 4, 5, 15, 4), leaf_extensions(crl2),
                             issuer_key_id=mfg2.key_id)
    future = certificate(k_mfg2, "sha256WithRSA", n_mfg2, ap_name("AP3G3-001122334455"), k_ap, 0x3030,
                         utc_dt(2030, 1, 1, 0, 0, 0), utc_dt(2040, 1, 1, 0, 10, 0), leaf_extensions(), issuer_key_id=mfg2.key_id)
    # CSCur43050: one AP with a SHA-1 MIC and a SHA-2 MIC whose signature does not verify.
    dual_sha1 = certificate(k_mfg, "sha1WithRSA", n_mfg, ap_name("C2600-f44e05a1b2c3"), k_ap, 0x2600,
                            utc_dt(2014, 9, 16, 7, 21, 37), utc_dt(2024, 9, 16, 7, 31, 37), leaf_extensions(crl1), issuer_key_id=mfg.key_id)
    dual_sha2_bad = certificate(k_mfg2, "sha256WithRSA", n_mfg2, ap_name("C2600-f44e05a1b2c3"), k_ap, 0x2601,
                                utc_dt(2014, 9, 16, 7, 21, 37), utc_dt(2024, 9, 16, 7, 31, 37), leaf_extensions(crl2),
                                issuer_key_id=mfg2.key_id, corrupt_signature=True)
    # An SSC from the autonomous-to-lightweight upgrade tool: self-signed, ends 2020-01-01.
    n_ssc = name(("C", "US"), ("ST", "California"), ("L", "San Jose"), ("O", "Cisco Systems"), ("CN", "C1240-00aabbccddee"),
                 ("emailAddress", "support@cisco.com"))
    ssc = certificate(k_ap, "sha1WithRSA", n_ssc, n_ssc, k_ap, 0x01, utc_dt(2008, 3, 1, 0, 0, 0), utc_dt(2020, 1, 1, 0, 0, 1),
                      leaf_extensions())

    OUT["aps/c1130-mic-expired.pem"] = b"subject=C1130-001122aabbcc (openssl x509 -subject output)\n" + pem(c1130)
    OUT["aps/ap1g4-mic.der"] = ap1g4
    OUT["aps/sudi-ecdsa.pem"] = pem(sudi)
    OUT["aps/controller-2504.pem"] = pem(controller)
    OUT["aps/ap3g3-not-yet-valid.pem"] = pem(future)
    OUT["aps/c2600-dual-mic.pem"] = pem(dual_sha1, dual_sha2_bad)
    OUT["aps/c1240-ssc.pem"] = pem(ssc)
    # A SHA-256 MIC under the SHA-1 manufacturing CA: SHA-1 and SHA-2 in one chain.
    OUT["aps/mixed-chain.pem"] = pem(certificate(k_mfg, "sha256WithRSA", n_mfg, ap_name("AP1G3-0011223344dd"), k_ap, 0x1333,
                                                 utc_dt(2015, 3, 1), utc_dt(2025, 3, 1, 0, 10), leaf_extensions(crl1), issuer_key_id=mfg.key_id))

    # Containers
    OUT["containers/console-session.txt"] = (b"AP#show crypto pki certificates pem\n% Cert for trustpoint Cisco_IOS_MIC_cert\n"
                                             + pem(ap1g4) + b"AP#\n" + pem(mfg2.der) + b"AP#exit\n")
    OUT["containers/chain.p7b"] = pkcs7(c1130, mfg.der, root.der)
    OUT["containers/chain-p7.pem"] = pem(pkcs7(ap1g4, mfg2.der), label="PKCS7")
    OUT["containers/mic.b64"] = "\n".join(base64.b64encode(ap1g4).decode()[i:i + 76] for i in range(0, 2000, 76)).encode() + b"\n"
    OUT["containers/trusted.pem"] = pem(mfg2.der + seq(seq(oid("1.3.6.1.5.5.7.3.1"))), label="TRUSTED CERTIFICATE")
    OUT["containers/x509-label.pem"] = pem(c1130, label="X509 CERTIFICATE")

    # Encoding violations (RFC 5280 / X.690), each signed properly by the SHA-2 manufacturing CA.
    def violating(serial, times=None, subject=None, extra=()):
        return certificate(k_mfg2, "sha256WithRSA", n_mfg2, subject or ap_name("AP1G2-0011223344aa"), k_ap, serial,
                           utc_dt(2013, 2, 1), utc_dt(2023, 2, 1, 0, 10), leaf_extensions() + list(extra), times=times,
                           issuer_key_id=mfg2.key_id)

    OUT["violations/fractional-seconds.der"] = violating(0x71, times=seq(generalized(utc_dt(2013, 2, 1), ".123"), utc(utc_dt(2023, 2, 1, 0, 10))))
    OUT["violations/utctime-without-seconds.der"] = violating(0x72, times=seq(utc(utc_dt(2013, 2, 1), seconds=False), utc(utc_dt(2023, 2, 1, 0, 10))))
    OUT["violations/non-minimal-serial.der"] = violating(b"\x00\x00\x73")
    OUT["violations/negative-serial.der"] = violating(b"\xf3\x21")
    OUT["violations/long-serial.der"] = violating(b"\x01" + bytes(range(1, 22)))
    OUT["violations/t61-name.der"] = violating(0x76, subject=name(("O", "Cisco Systems", T61), ("CN", "AP1G2-0011223344ab", T61)))
    OUT["violations/bmp-name.der"] = violating(0x77, subject=name(("O", "Cisco Systems", BMP), ("CN", "AP1G2-0011223344ac", BMP)))
    OUT["violations/unknown-critical-extension.der"] = violating(0x78, extra=[extension("1.3.6.1.4.1.9.99.1", tlv(0x05, b""), critical=True)])

    # Broken input
    OUT["broken/truncated.der"] = ap1g4[:300]
    OUT["broken/garbage.bin"] = bytes([0x30, 0x82, 0x01, 0x00]) + bytes((i * 37 + 11) % 256 for i in range(60))
    OUT["broken/key-only.pem"] = pem(b"\x30\x03\x02\x01\x00", label="PRIVATE KEY")
    OUT["broken/unterminated.pem"] = b"-----BEGIN CERTIFICATE-----\nMIIB\n"
    OUT["broken/bad-signature.pem"] = pem(certificate(k_mfg2, "sha256WithRSA", n_mfg2, ap_name("AP1G4-0011223344ff"), k_ap, 0x66,
                                                      utc_dt(2018, 1, 1), utc_dt(2028, 1, 1, 0, 10), leaf_extensions(),
                                                      issuer_key_id=mfg2.key_id, corrupt_signature=True))

    # The sample fleet: AP exports, one with its inventory row (by MAC), one by serial (SUDI), and the CA bundle.
    OUT["../sample-fleet/certs/ap1g4-mic.der"] = ap1g4
    OUT["../sample-fleet/certs/sudi-ap2802.pem"] = pem(sudi)
    OUT["../sample-fleet/certs/c1130-mic.pem"] = pem(c1130)
    OUT["../sample-fleet/certs/c2600-both-mics.pem"] = pem(dual_sha1, dual_sha2_bad)
    OUT["../sample-fleet/certs/c1240-ssc.pem"] = pem(ssc)
    OUT["../sample-fleet/certs/wlc-2504.pem"] = pem(controller)
    OUT["../sample-fleet/certs/ap1g2-t61.der"] = OUT["violations/t61-name.der"]
    OUT["../acceptance/delivery/ap1g4-mic.der"] = ap1g4
    OUT["../sample-fleet/certs/ca-bundle.pem"] = pem(root.der, mfg.der, m2.der, mfg2.der, eroot.der, esudi.der)

    stale = []
    for rel, data in sorted(OUT.items()):
        path = HERE / rel
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(rel)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    # PSS signatures carry a random salt: written only when missing, and never checked.
    pss_path = HERE / "aps/pss-mic.pem"
    if not check and not pss_path.exists():
        pss_path.write_bytes(pem(certificate(k_mfg2, "rsassaPss-sha256", n_mfg2, ap_name("AP1G5-0011223344ee"), k_ap, 0x5055,
                                             utc_dt(2019, 5, 1), utc_dt(2029, 5, 1, 0, 10), leaf_extensions(), issuer_key_id=mfg2.key_id)))

    # PKCS #12: random salts make every run differ, so they are written only when missing, and never checked.
    if not check and not (HERE / "containers/ap-password.p12").exists():
        key = serialization.load_pem_private_key((KEYS / "ap.pem").read_bytes(), None)
        from cryptography import x509
        leaf, chain = x509.load_der_x509_certificate(ap1g4), [x509.load_der_x509_certificate(mfg2.der)]
        (HERE / "containers/ap-password.p12").write_bytes(pkcs12.serialize_key_and_certificates(
            b"ap1g4", key, leaf, chain, serialization.BestAvailableEncryption(b"Cisco123")))
        (HERE / "containers/ap-no-password.p12").write_bytes(pkcs12.serialize_key_and_certificates(
            b"ap1g4", key, leaf, chain, serialization.NoEncryption()))

    if stale:
        print("stale certificate fixtures (run python3 testdata/certs/make_certs.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes testdata/field/router-running-config-pki-hex.txt and its twin router-running-config-pki-hex.der.

A router's running-config (host name, UDI, serial and dates invented) holding, as IOS writes them under
"crypto pki certificate chain TP" / " certificate self-signed 01" / "quit", the hex of two certificates made
here: the HTTPS server's self-signed certificate (CN=IOS-Self-Signed-Certificate-4242424242, CA:TRUE as IOS
makes it, 2015-03-02 .. 2020-01-01 00:00:00 UTC) and the certificate of the router's own IOS CA server
(CN=branch-ca, 2021-05-21 .. 2024-05-20). The .der file holds the first certificate's bytes, so that a test
can read the same bytes both ways (and openssl x509 -inform der -in router-running-config-pki-hex.der -noout
-dates prints the dates above). Both are signed with the test key testdata/certs/keys/ap.pem; RSA PKCS #1
v1.5 signatures are deterministic, so a run rewrites the same bytes.

Run:  python3 testdata/field/make_config_hex.py
"""
import datetime as dt
import pathlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

HERE = pathlib.Path(__file__).resolve().parent
KEY = serialization.load_pem_private_key((HERE.parent / "certs" / "keys" / "ap.pem").read_bytes(), password=None)


def certificate(cn, serial, start, end, ca):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(KEY.public_key())
               .serial_number(serial).not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    return builder.sign(KEY, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def ios_hex(der, trailing):
    """IOS's layout: eight groups of eight hex digits a line, upper case, each group followed by a space (some
    releases, and some copies, leave the trailing space out)."""
    text = der.hex().upper()
    groups = [text[i:i + 8] for i in range(0, len(text), 8)]
    lines = ["  " + " ".join(groups[i:i + 8]) for i in range(0, len(groups), 8)]
    return [line + " " for line in lines] if trailing else lines


utc = dt.timezone.utc
web = certificate("IOS-Self-Signed-Certificate-4242424242", 1, dt.datetime(2015, 3, 2, 10, 11, 12, tzinfo=utc), dt.datetime(2020, 1, 1, tzinfo=utc), True)
ca = certificate("branch-ca", 1, dt.datetime(2021, 5, 21, 8, 0, 0, tzinfo=utc), dt.datetime(2024, 5, 20, 8, 0, 0, tzinfo=utc), True)

lines = [
    "# A router's show running-config with certificates in hex: made by testdata/field/make_config_hex.py",
    "# (invented names, UDI and dates; the certificates are signed with a test key).",
    "BRANCH-RTR9#show running-config",
    "Building configuration...",
    "",
    "Current configuration : 9120 bytes",
    "!",
    "version 15.6",
    "service timestamps debug datetime msec",
    "!",
    "hostname BRANCH-RTR9",
    "!",
    "crypto pki server branch-ca",
    " shutdown",
    "!",
    "crypto pki trustpoint TP-self-signed-4242424242",
    " enrollment selfsigned",
    " subject-name cn=IOS-Self-Signed-Certificate-4242424242",
    " revocation-check none",
    " rsakeypair TP-self-signed-4242424242",
    "!",
    "crypto pki certificate chain TP-self-signed-4242424242",
    " certificate self-signed 01",
    *ios_hex(web, True),
    "        quit",
    "crypto pki certificate chain branch-ca",
    " certificate ca 01",
    *ios_hex(ca, False),
    "        quit",
    "!",
    "license udi pid CISCO2911/K9 sn FTX1552A0B7",
    "!",
    "no ip http secure-server",
    "!",
    "end",
    "",
    "BRANCH-RTR9#",
]
(HERE / "router-running-config-pki-hex.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
(HERE / "router-running-config-pki-hex.der").write_bytes(web)

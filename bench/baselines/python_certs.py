#!/usr/bin/env python3
"""Baseline for the certificate workload: one Python process with the cryptography package loads every certificate
of a directory (PEM, bundles, DER and PKCS #7) and prints subject, issuer, expiry, days left and signature hash.

Usage: python3 bench/baselines/python_certs.py DIR AS_OF(YYYY-MM-DD)
"""
import datetime
import pathlib
import sys

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7


def main():
    folder, as_of = pathlib.Path(sys.argv[1]), datetime.date.fromisoformat(sys.argv[2])
    out = sys.stdout
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        if data.startswith(b"-----"):
            certs = x509.load_pem_x509_certificates(data)
        elif path.suffix == ".p7b":
            certs = pkcs7.load_der_pkcs7_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
        for cert in certs:
            end = cert.not_valid_after_utc
            out.write(f"{path.name}\t{cert.subject.rfc4514_string()}\t{cert.issuer.rfc4514_string()}\t{end:%Y-%m-%d}\t"
                      f"{(end.date() - as_of).days}\t{cert.signature_hash_algorithm.name}\n")


if __name__ == "__main__":
    main()

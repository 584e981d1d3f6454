#!/usr/bin/env python3
"""Writes a directory of AP certificates for benchmarks, signed by the test CAs of testdata/certs (their committed keys).

60% PEM files, 30% DER files, 5% PEM bundles with the intermediate CA and 5% PKCS #7 (.p7b) files with the leaf and
the intermediate; half SHA-1 MICs under the SHA-1
manufacturing CA, half SHA-2 MICs under the SHA-2 one; the CA certificates go to CAS_DIR for --trust. Deterministic:
fixed seed, fixed keys, PKCS #1 v1.5 signatures.

Usage: python3 bench/make_certificates.py COUNT OUT_DIR CAS_DIR
"""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "testdata" / "certs"))
import make_certs as m  # noqa: E402  (the fixture recipe's DER writer and keys)


def main():
    count, out, cas = int(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    cas.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261121)
    fixture = ("OU", "CertInspect test fixture, not Cisco")
    k_root, k_mfg = m.load_key("root-2048", "rsa"), m.load_key("manufacturing", "rsa")
    k_m2, k_mfg2, k_ap = m.load_key("root-m2", "rsa"), m.load_key("manufacturing-sha2", "rsa"), m.load_key("ap", "rsa")
    n_root = m.name(("O", "Cisco Systems"), fixture, ("CN", "Cisco Root CA 2048"))
    n_mfg = m.name(("O", "Cisco Systems"), fixture, ("CN", "Cisco Manufacturing CA"))
    n_m2 = m.name(("O", "Cisco"), fixture, ("CN", "Cisco Root CA M2"))
    n_mfg2 = m.name(("O", "Cisco"), fixture, ("CN", "Cisco Manufacturing CA SHA2"))
    root = m.certificate(k_root, "sha1WithRSA", n_root, n_root, k_root, 1, m.utc_dt(2004, 5, 14), m.utc_dt(2029, 5, 14, 20, 25, 42), m.ca_extensions())
    mfg = m.certificate(k_root, "sha1WithRSA", n_root, n_mfg, k_mfg, 2, m.utc_dt(2005, 6, 10), m.utc_dt(2029, 5, 14, 20, 25, 42), m.ca_extensions(), issuer_key_id=m.key_id(m.spki(k_root)))
    m2 = m.certificate(k_m2, "sha256WithRSA", n_m2, n_m2, k_m2, 3, m.utc_dt(2012, 11, 12), m.utc_dt(2037, 11, 12, 13, 0, 18), m.ca_extensions())
    mfg2 = m.certificate(k_m2, "sha256WithRSA", n_m2, n_mfg2, k_mfg2, 4, m.utc_dt(2012, 11, 12), m.utc_dt(2037, 11, 12, 13, 0, 17), m.ca_extensions(), issuer_key_id=m.key_id(m.spki(k_m2)))
    (cas / "cas.pem").write_bytes(m.pem(root, mfg, m2, mfg2))

    for i in range(count):
        sha2 = i % 2 == 1
        year = rng.randint(2006, 2017)
        start = m.utc_dt(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        end = start.replace(year=year + 10)
        mac = f"{i:012x}"
        leaf = m.certificate(k_mfg2 if sha2 else k_mfg, "sha256WithRSA" if sha2 else "sha1WithRSA", n_mfg2 if sha2 else n_mfg,
                             m.name(("C", "US"), ("ST", "California"), ("L", "San Jose"), ("O", "Cisco Systems"), ("CN", f"AP1G4-{mac}"),
                                    ("emailAddress", "support@cisco.com")),
                             k_ap, 0x100000 + i, start, end, m.leaf_extensions(), issuer_key_id=m.key_id(m.spki(k_mfg2 if sha2 else k_mfg)))
        kind = i % 20
        if kind < 12:
            (out / f"ap{i:05d}.pem").write_bytes(m.pem(leaf))
        elif kind < 18:
            (out / f"ap{i:05d}.der").write_bytes(leaf)
        elif kind == 18:
            (out / f"ap{i:05d}-bundle.pem").write_bytes(m.pem(leaf, mfg2 if sha2 else mfg))
        else:
            (out / f"ap{i:05d}.p7b").write_bytes(m.pkcs7(leaf, mfg2 if sha2 else mfg))


if __name__ == "__main__":
    main()

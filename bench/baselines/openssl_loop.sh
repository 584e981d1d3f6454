#!/usr/bin/env bash
# Baseline for the certificate workload: openssl once per file, in a shell loop (x509 reads the first certificate
# of a PEM bundle; pkcs7 -print_certs reads every certificate of a .p7b).
# Usage: bash bench/baselines/openssl_loop.sh DIR
for f in "$1"/*; do
    case "$f" in
        *.der) openssl x509 -inform DER -in "$f" -noout -subject -issuer -enddate ;;
        *.p7b) openssl pkcs7 -inform DER -in "$f" -print_certs -noout ;;
        *) openssl x509 -in "$f" -noout -subject -issuer -enddate ;;
    esac
done

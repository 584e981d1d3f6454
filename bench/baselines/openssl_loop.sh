#!/usr/bin/env bash
# Baseline for the certificate workload: openssl x509 once per file, in a shell loop (first certificate of a bundle).
# Usage: bash bench/baselines/openssl_loop.sh DIR
for f in "$1"/*; do
    case "$f" in
        *.der) openssl x509 -inform DER -in "$f" -noout -subject -issuer -enddate ;;
        *) openssl x509 -in "$f" -noout -subject -issuer -enddate ;;
    esac
done

using System.Collections.Concurrent;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// Builds chains offline from a pool of certificates (those of the run and those given with --trust): an issuer is
/// a certificate whose subject matches the issuer name and, when both key identifiers are present, whose subject key
/// identifier is the authority key identifier. Among candidates the one whose key verifies the signature wins.
/// Nothing is ever fetched (no AIA, CRL or OCSP).
/// </summary>
public sealed class ChainBuilder(CatalogueChain catalogue, SignatureVerifier verifier)
{
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<LocatedCertificate>> _bySubject = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fingerprints = new(StringComparer.Ordinal);

    // Thousands of leaves share a few CAs: each (certificate, issuer) signature is checked once. Concurrent: chains
    // are built on every core once the pool is complete (a race only verifies a signature twice; the check is pure).
    private readonly ConcurrentDictionary<(string Subject, string Issuer), SignatureCheck> _checks = new();

    /// <summary>A builder that knows no catalogue: chains end where their certificates end.</summary>
    public ChainBuilder()
        : this(CatalogueChain.None)
    {
    }

    /// <summary>A builder that verifies with the platform, then BouncyCastle.</summary>
    public ChainBuilder(CatalogueChain catalogue)
        : this(catalogue, SignatureVerifier.Default)
    {
    }

    /// <summary>Adds a certificate; the same certificate (by fingerprint) is kept once.</summary>
    /// <param name="anchor">How reports name it when it ends a chain (a built-in Cisco CA, a --trust file); null for
    /// a certificate of the run's inputs.</param>
    public void Add(LocatedCertificate certificate, string? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (anchor is not null)
        {
            _anchors.TryAdd(certificate.Certificate.Sha256Fingerprint, anchor);
        }

        if (_fingerprints.Add(certificate.Certificate.Sha256Fingerprint))
        {
            string key = certificate.Certificate.Subject.MatchKey;
            if (!_bySubject.TryGetValue(key, out List<LocatedCertificate>? named))
            {
                named = [];
                _bySubject.Add(key, named);
            }

            named.Add(certificate);
        }
    }

    /// <summary>The chain of a certificate. Safe to call from several threads once every certificate is added.</summary>
    public CertificateChain Build(LocatedCertificate leaf)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        CertificateChain chain = ChainWalk.Walk(leaf, Step);

        // The anchor is the topmost certificate when it is one the run trusts (built in or --trust).
        return chain with { Anchor = chain.Links.Count > 0 ? _anchors.GetValueOrDefault(chain.Links[^1].Certificate.Certificate.Sha256Fingerprint) : null };
    }

    // Among the certificates named as the issuer, the one whose key verifies the signature.
    private ChainStep Step(LocatedCertificate current)
    {
        CertificateFacts facts = current.Certificate;
        if (facts.IsSelfIssued)
        {
            return ChainStep.SelfIssued(Check(facts, facts));
        }

        (LocatedCertificate Issuer, SignatureCheck Check)? best = null;
        foreach (LocatedCertificate candidate in Candidates(facts))
        {
            SignatureCheck check = Check(facts, candidate.Certificate);
            if (best is null || (check.Result == SignatureCheckResult.Valid && best.Value.Check.Result != SignatureCheckResult.Valid))
            {
                best = (candidate, check);
            }
        }

        return best is { } found ? ChainStep.Up(found.Issuer, found.Check) : ChainStep.IssuerMissing(catalogue.Above(facts.Issuer));
    }

    private SignatureCheck Check(CertificateFacts subject, CertificateFacts issuer)
    {
        (string, string) key = (subject.Sha256Fingerprint, issuer.Sha256Fingerprint);
        return _checks.TryGetValue(key, out SignatureCheck? check) ? check : _checks.GetOrAdd(key, verifier.Verify(subject, issuer));
    }

    private IEnumerable<LocatedCertificate> Candidates(CertificateFacts certificate) =>
        _bySubject.GetValueOrDefault(certificate.Issuer.MatchKey, []).Where(c =>
            (certificate.AuthorityKeyId is null || c.Certificate.SubjectKeyId is null
                || string.Equals(certificate.AuthorityKeyId, c.Certificate.SubjectKeyId, StringComparison.Ordinal))
            && !string.Equals(c.Certificate.Sha256Fingerprint, certificate.Sha256Fingerprint, StringComparison.Ordinal));
}

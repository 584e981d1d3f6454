namespace CertInspect.Certificates;

/// <summary>A certificate that anchored chains in a run: how reports name it and its SHA-256 fingerprint.</summary>
public sealed record TrustAnchor(string Name, string Sha256);

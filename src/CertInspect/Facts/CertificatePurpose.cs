namespace CertInspect.Facts;

/// <summary>
/// A certificate a device keeps for a purpose of its own, not to identify itself to a controller, recognised by the
/// names the device gives it (rules data: certificatePurposes). IOS and IOS-XE make a self-signed certificate for
/// their HTTPS server, "IOS-Self-Signed-Certificate-N" in trustpoint "TP-self-signed-N": it serves the web UI and
/// plays no part in CAPWAP/DTLS, so its end is judged as the web UI's, never as an AP's SSC.
/// </summary>
public sealed record CertificatePurpose
{
    public required string Id { get; init; }

    /// <summary>The role the certificate has for the device: "web" (its HTTPS server).</summary>
    public required string Role { get; init; }

    /// <summary>A .NET regular expression matched against the subject's common name, ignoring case; absent when the trustpoint decides.</summary>
    public string? CommonNamePattern { get; init; }

    /// <summary>A .NET regular expression matched against each trustpoint the text associates the certificate with, ignoring case.</summary>
    public string? TrustpointPattern { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];
}

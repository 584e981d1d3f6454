namespace CertInspect.Evidence;

/// <summary>One value a capture states about a device (a serial, a MAC, a release), with the line that states it.</summary>
public sealed record CapturedValue(string Value, EvidenceLine Evidence);

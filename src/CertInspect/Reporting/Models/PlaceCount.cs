namespace CertInspect.Reporting.Models;

/// <summary>A place (site, controller, or both) and how many devices of a group are there.</summary>
public sealed record PlaceCount(string Place, int Devices);

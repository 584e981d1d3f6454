namespace CertInspect.Reporting.Models;

/// <summary>How many devices whose certificates still hold on the report's date stop by the milestone's date.</summary>
public sealed record MilestoneCount(Milestone Milestone, int Devices);

namespace CertInspect.Evidence;

/// <summary>The input a finding rests on: where it is and the text found there.</summary>
public sealed record EvidenceLine(SourceLocation Location, string Text);

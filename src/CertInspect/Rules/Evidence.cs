namespace CertInspect.Rules;

/// <summary>The input a finding rests on: where it is and the text found there.</summary>
public sealed record Evidence(SourceLocation Location, string Text);

namespace CertInspect.Cli.Tests;

/// <summary>Commands on testdata (a sh block) and what they print (the text block under it).</summary>
internal sealed record DocumentedExample(FencedBlock Commands, FencedBlock Printed);

using CertInspect.Inputs;

namespace CertInspect.Tests.Inputs;

/// <summary>Issue 27, point 1: the output lines code and data hold as string literals.</summary>
public sealed class StringLiteralsTests
{
    [Theory]
    // Ansible's and Netmiko's stdout_lines: one JSON string an element.
    [InlineData("      \"AP Name             Slots  AP Model\",", new[] { "AP Name             Slots  AP Model" })]
    [InlineData("      \"LAB-AP \\\"west\\\" wing\"", new[] { "LAB-AP \"west\" wing" })]
    // A Python list of lines on one line, in a comment.
    [InlineData("# result = ['Device ID: AP1', '  IP address: 10.0.0.1', \"VTP: 'x'\"]", new[] { "Device ID: AP1", "  IP address: 10.0.0.1", "VTP: 'x'" })]
    // One value whose lines are \n escapes (a dict of recorded commands).
    [InlineData("cli = {'show version': 'show version\\nCisco IOS Software, Version 15.5(3)M8\\n'}", new[] { "show version", "Cisco IOS Software, Version 15.5(3)M8", "" })]
    [InlineData("  \"stdout\": \"Number of APs... 2\\r\\nAP Name\",", new[] { "Number of APs... 2\r", "AP Name" })]
    // A pprint'ed string piece of a parenthesised run.
    [InlineData(" ('Cisco IOS XE Software, Version 17.03.03\\n'", new[] { "Cisco IOS XE Software, Version 17.03.03", "" })]
    [InlineData("  \"\\u0041P1\\ttab\",", new[] { "AP1\ttab" })]
    public void Contents_AreTheOutputLines(string line, string[] expected) =>
        Assert.Equal(expected, StringLiterals.Contents(line));

    [Theory]
    [InlineData("\"stdout_lines\": [")]
    [InlineData("  ],")]
    [InlineData("ok: [wlc1] => {")]
    [InlineData("    \"changed\": false,")]
    [InlineData("x = compute(a, b)")]
    public void Contents_OfTheCodeAroundTheLiterals_IsNothing(string line) =>
        Assert.Empty(StringLiterals.Contents(line));
}

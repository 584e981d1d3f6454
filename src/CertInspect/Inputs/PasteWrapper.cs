namespace CertInspect.Inputs;

/// <summary>What a program or a page wrapped around every line of pasted output, beyond quotes and indentation.</summary>
public enum PasteWrapper
{
    /// <summary>Nothing beyond what every paste may carry (quote markers, fences, a shared indentation).</summary>
    None,

    /// <summary>Each line behind a comment marker ("# ", "#", "// "): output kept as comments in a script.</summary>
    Comment,

    /// <summary>Each line numbered or bulleted by a web page ("1. ", "- ", "* ").</summary>
    ListMarker,

    /// <summary>The output as string literals of code or data: an Ansible or Netmiko result's stdout_lines (a JSON
    /// array, one string per line), a Python list of lines, a JSON string whose lines are "\n" escapes.</summary>
    StringLiterals,

    /// <summary>Each line behind the name of the device it came from and a colon ("10.215.255.1:Device ID: …"): a
    /// collector's output of several devices; a change of name is a change of device.</summary>
    HostPrefix,
}

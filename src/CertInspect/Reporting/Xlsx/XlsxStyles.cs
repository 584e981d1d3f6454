namespace CertInspect.Reporting.Xlsx;

/// <summary>styles.xml (ECMA-376 Part 1, 18.8): fonts, fills and the cellXfs that <see cref="XlsxStyle"/> indexes.</summary>
internal static class XlsxStyles
{
    // ARGB fills for critical, high, medium, low, info, ok, unjudged (the order of XlsxStyle): the HTML report's row colours.
    private static readonly string[] _riskFills = ["FFF8D7DA", "FFFDE2C8", "FFFFF3CD", "FFE2F0FB", "FFF1F1F1", "FFE6F4EA", "FFECE4F5"];

    /// <summary>The style of a risk name (critical … ok); Default for anything else.</summary>
    public static XlsxStyle ForRisk(string? risk) => risk switch
    {
        "critical" => XlsxStyle.Critical,
        "high" => XlsxStyle.High,
        "medium" => XlsxStyle.Medium,
        "low" => XlsxStyle.Low,
        "info" => XlsxStyle.Info,
        "ok" => XlsxStyle.Ok,
        "unjudged" => XlsxStyle.Unjudged,
        _ => XlsxStyle.Default,
    };

    public static string Xml()
    {
        string fills = string.Concat(_riskFills.Select(argb => $"<fill><patternFill patternType=\"solid\"><fgColor rgb=\"{argb}\"/><bgColor indexed=\"64\"/></patternFill></fill>"));
        string riskXfs = string.Concat(_riskFills.Select((_, i) => $"<xf numFmtId=\"0\" fontId=\"0\" fillId=\"{i + 3}\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + $"<fills count=\"{3 + _riskFills.Length}\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE9ECEF\"/><bgColor indexed=\"64\"/></patternFill></fill>" + fills + "</fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + $"<cellXfs count=\"{3 + _riskFills.Length}\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + riskXfs + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
    }
}

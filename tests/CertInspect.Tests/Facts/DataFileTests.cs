using System.Text;
using System.Text.Json.Serialization.Metadata;
using CertInspect.Facts;

namespace CertInspect.Tests.Facts;

public sealed class DataFileTests
{
    private static JsonTypeInfo<FactsDocument> Document => (JsonTypeInfo<FactsDocument>)FactsLoader.JsonOptions.GetTypeInfo(typeof(FactsDocument));

    [Theory]
    [InlineData("""{ "schema": 1, "version": "x", "sourcse": [] }""", "line 1: 'sourcse' is not a member of the file's top level; did you mean 'sources'?")]
    [InlineData("{ \"schema\": 1,\n  \"version\": \"x\",\n  \"micLifetime\": { \"builtFrom\": \"2005-07-18\", \"builtTo\": \"2017-06-30\", \"validityYears\": 10, \"validityExtraMinutes\": 10, \"uncertantyDays\": 7 } }", "line 3: 'uncertantyDays' is not a member of micLifetime; did you mean 'uncertaintyDays'?")]
    [InlineData("""{ "schema": 1, "version": "x", "modelFamilies": [ { "id": "z", "name": "z", "deviceType": "ap", "software": "ios", "pidPatern": "^Z" } ] }""", "line 1: 'pidPatern' is not a member of modelFamilies[0] (id 'z'); did you mean 'pidPattern'?")]
    [InlineData("""{ "schema": "1", "version": "x" }""", "line 1: 'schema' should be a whole number; got '1'")]
    [InlineData("""{ "schema": 99999999999, "version": "x" }""", "line 1: 'schema' should be a whole number; got 99999999999")]
    [InlineData("""{ "schema": 1, "version": 2 }""", "line 1: 'version' should be text in quotes; got 2")]
    [InlineData("""{ "schema": 1, "version": "x", "sources": {} }""", "line 1: 'sources' should be a list [ … ]; got an object")]
    [InlineData("""{ "schema": 1, "version": "x", "micLifetime": { "builtFrom": "18.07.2005" } }""", "line 1: 'micLifetime.builtFrom' should be a date in quotes, \"YYYY-MM-DD\"; got '18.07.2005'")]
    [InlineData("""{ "schema": 1 }""", "the file's top level lacks 'version'")]
    [InlineData("""[ 1 ]""", "line 1: the file should be an object { … }; got a list")]
    [InlineData("# CertInspect\n", "line 1: '#' is an invalid start of a value (not JSON)")]
    public void Read_FileOfAnotherShape_NamesTheMemberTheLineAndNeverACSharpType(string json, string expected)
    {
        RuleDataException error = Assert.Throws<RuleDataException>(() => DataFile.Read(Encoding.UTF8.GetBytes(json), "lab.json", "rules file", Document));

        Assert.StartsWith("lab.json: not a valid rules file: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"System\.|CertInspect\.|LineNumber|BytePosition|\$\.", error.Message);
    }

    [Fact]
    public void Read_MisspeltRequiredMember_IsNamedAsItselfNotAsTheOneMissing()
    {
        RuleDataException error = Assert.Throws<RuleDataException>(() => DataFile.Read(Encoding.UTF8.GetBytes("""{ "schema": 1, "verison": "x" }"""), "lab.json", "rules file", Document));

        Assert.Equal("lab.json: not a valid rules file: line 1: 'verison' is not a member of the file's top level; did you mean 'version'?", error.Message);
    }

    [Fact]
    public void Read_WithByteOrderMarkCommentsAndTrailingCommas_ReadsTheValue()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ // lab\n \"schema\": 1, \"version\": \"x\", }")];

        (FactsDocument? document, JsonLineMap lines) = DataFile.Read(bytes, "lab.json", "rules file", Document);

        Assert.Equal("x", document!.Version);
        Assert.Equal(2, lines.LineOf("schema"));
    }
}

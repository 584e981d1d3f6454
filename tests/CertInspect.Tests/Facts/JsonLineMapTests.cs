using System.Text;
using System.Text.Json;
using CertInspect.Facts;

namespace CertInspect.Tests.Facts;

public sealed class JsonLineMapTests
{
    [Fact]
    public void LineOf_MembersAndEntries_AreTheLinesTheyStartOn()
    {
        const string Json = """
            {
              // a comment
              "schema": 1,
              "rules": [
                { "id": "a" },
                {
                  "id": "b", "window": { "toWeek": 52 }
                }
              ]
            }
            """;

        var lines = JsonLineMap.Of(Encoding.UTF8.GetBytes(Json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });

        Assert.Equal(1, lines.LineOf(string.Empty));
        Assert.Equal(3, lines.LineOf("schema"));
        Assert.Equal(4, lines.LineOf("rules"));
        Assert.Equal(5, lines.LineOf("rules[0]"));
        Assert.Equal(5, lines.LineOf("rules[0].id"));
        Assert.Equal(6, lines.LineOf("rules[1]"));
        Assert.Equal(7, lines.LineOf("rules[1].window.toWeek"));
        Assert.Null(lines.LineOf("rules[2]"));
    }
}

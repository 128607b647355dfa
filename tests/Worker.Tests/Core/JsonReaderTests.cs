using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class JsonReaderTests
{
    [Fact]
    public void Objects_arrays_and_scalars_parse()
    {
        var value = JsonReader.TryParse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"d\"}} ")!;
        Assert.Equal(JsonKind.Object, value.Kind);
        var a = value.Get("a")!;
        Assert.Equal(5, a.Items.Count);
        Assert.Equal("-2.5e3", a.Items[1].Text);
        Assert.Equal(JsonKind.Boolean, a.Items[2].Kind);
        Assert.Equal(JsonKind.Null, a.Items[4].Kind);
        Assert.Equal("d", value.Get("b")!.GetString("c"));
    }

    [Fact]
    public void String_escapes_decode()
    {
        var value = JsonReader.TryParse("\"a\\\"b\\\\c\\/d\\n\\u00e9\\u003c\"")!;
        Assert.Equal("a\"b\\c/d\né<", value.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1 2]")]
    [InlineData("01")]
    [InlineData("\"tab\there\"")]
    [InlineData("{\"a\":1} x")]
    [InlineData("tru")]
    [InlineData("'single'")]
    public void Malformed_json_is_rejected(string text) => Assert.Null(JsonReader.TryParse(text));

    [Fact]
    public void Deep_nesting_is_rejected_instead_of_overflowing_the_stack() =>
        Assert.Null(JsonReader.TryParse(new string('[', 10000) + new string(']', 10000)));

    [Fact]
    public void Quoted_strings_are_html_safe_and_round_trip()
    {
        var original = "</script><!-- & \"quote\" \\ \u2028 \u0001";
        var quoted = JsonText.Quote(original);
        Assert.DoesNotContain("<", quoted);
        Assert.DoesNotContain(">", quoted);
        Assert.DoesNotContain("&", quoted);
        Assert.Equal(original, JsonReader.TryParse(quoted)!.Text);
    }
}

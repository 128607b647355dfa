using System.Text.Json;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class JsonValuesTests
{
    [Fact]
    public void Objects_arrays_and_scalars_are_read_through_the_helpers()
    {
        var root = JsonValues.Parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"d\"}} ");
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var a = JsonValues.Field(root, "a");
        Assert.Equal(5, a.GetArrayLength());
        Assert.Equal("-2.5e3", a[1].GetRawText());
        Assert.Equal("d", JsonValues.Text(JsonValues.Field(JsonValues.Field(root, "b"), "c")));
        Assert.Null(JsonValues.Text(a[0]));
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
    public void Malformed_json_reads_as_undefined(string text) =>
        Assert.Equal(JsonValueKind.Undefined, JsonValues.Parse(text).ValueKind);

    [Fact]
    public void Text_with_an_unpaired_surrogate_reads_as_undefined() =>
        Assert.Equal(JsonValueKind.Undefined, JsonValues.Parse("\"\ud800\"").ValueKind);

    [Fact]
    public void Deep_nesting_is_rejected_instead_of_overflowing_the_stack() =>
        Assert.Equal(JsonValueKind.Undefined, JsonValues.Parse(new string('[', 10000) + new string(']', 10000)).ValueKind);

    [Fact]
    public void A_repeated_name_reads_as_its_last_value_and_members_keep_every_one_in_order()
    {
        var text = "{\"b\":\"1\",\"2\":\"two\",\"b\":2,\"1\":\"one\"}";
        Assert.Equal("2", JsonValues.Field(JsonValues.Parse(text), "b").GetRawText());
        var members = JsonValues.TextMembers(text)!;
        Assert.Equal(["b=1", "2=two", "b=", "1=one"], members.Select(m => m.Key + "=" + m.Value));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"x\"")]
    [InlineData("not json")]
    [InlineData("{\"\\ud800\":\"x\"}")]
    public void Members_of_anything_but_a_readable_object_are_null(string text) => Assert.Null(JsonValues.TextMembers(text));

    [Fact]
    public void Fields_of_non_objects_and_strings_net_cannot_read_count_as_absent()
    {
        Assert.Equal(JsonValueKind.Undefined, JsonValues.Field(JsonValues.Parse("[1]"), "a").ValueKind);
        Assert.Equal(JsonValueKind.Undefined, JsonValues.Field(default, "a").ValueKind);
        Assert.Equal(JsonValueKind.Undefined, JsonValues.Field(JsonValues.Parse("{\"\\ud800\":1}"), "a").ValueKind);
        Assert.Null(JsonValues.Text(JsonValues.Field(JsonValues.Parse("{\"a\":\"x\\ud800\"}"), "a")));
    }

    [Fact]
    public void Quoted_strings_are_html_safe_and_round_trip()
    {
        var original = "</script><!-- & \"quote\" \\ \u2028 \u0001 é";
        var quoted = JsonText.Quote(original);
        Assert.DoesNotContain("<", quoted);
        Assert.DoesNotContain(">", quoted);
        Assert.DoesNotContain("&", quoted);
        Assert.Equal(original, JsonDocument.Parse(quoted).RootElement.GetString());
    }
}

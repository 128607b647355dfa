using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering.Tests;

/// <summary>Template calls whose constant arguments select one branch of a runtime helper call that branch's helper.</summary>
public sealed class ConstantArgumentHelpersTests
{
    private static JsCall Expand(string template, params (string Name, JsExpression Value)[] holes) =>
        Assert.IsType<JsCall>(TemplateExpander.Expand(template, (string name, bool spread, out IReadOnlyList<JsExpression>? items) =>
        {
            items = null;
            return holes.FirstOrDefault(h => h.Name == name).Value;
        }));

    private static readonly JsIdentifier S = new("s");

    [Theory]
    [InlineData("X2", true, 2)]
    [InlineData("x", false, 0)]
    [InlineData("X8", true, 8)]
    public void A_constant_hexadecimal_format_calls_the_hex_helper(string format, bool upper, int digits)
    {
        var call = Expand("@formatInt({this}, {format}, 8)", ("this", S), ("format", new JsStringLiteral(format)));
        Assert.Equal(new JsRuntimeRef("$formatHex"), call.Callee);
        Assert.Equal([S, new JsBooleanLiteral(upper), new JsNumberLiteral(digits), new JsNumberLiteral(8)], call.Arguments);
    }

    [Theory]
    [InlineData("D2")]
    [InlineData("X100")]
    [InlineData("0x00")]
    public void Other_formats_keep_the_general_helper(string format)
    {
        var call = Expand("@formatInt({this}, {format})", ("this", S), ("format", new JsStringLiteral(format)));
        Assert.Equal(new JsRuntimeRef("$formatInt"), call.Callee);
    }

    [Fact]
    public void A_format_known_only_at_run_time_keeps_the_general_helper()
    {
        var call = Expand("@formatInt({this}, {format})", ("this", S), ("format", new JsIdentifier("f")));
        Assert.Equal(new JsRuntimeRef("$formatInt"), call.Callee);
    }

    [Fact]
    public void Ordinal_and_char_searches_call_the_ordinal_helpers_without_the_comparison()
    {
        var value = new JsIdentifier("v");
        Assert.Equal(new JsRuntimeRef("$startsWithOrdinal"), Expand("@startsWith({this}, {value}, {comparisonType})", ("this", S), ("value", value), ("comparisonType", new JsNumberLiteral(4))).Callee);
        Assert.Equal(new JsRuntimeRef("$endsWithOrdinal"), Expand("@endsWith({this}, {value})", ("this", S), ("value", value)).Callee);
        var indexOf = Expand("@indexOf({this}, {value}, {startIndex}, undefined, {comparisonType})", ("this", S), ("value", new JsStringLiteral("/v2/")), ("startIndex", new JsNumberLiteral(1)), ("comparisonType", new JsNumberLiteral(4)));
        Assert.Equal(new JsRuntimeRef("$indexOfOrdinal"), indexOf.Callee);
        Assert.Equal(4, indexOf.Arguments.Count);
        Assert.Equal(new JsRuntimeRef("$lastIndexOfOrdinal"), Expand("@lastIndexOf({this}, {value}, {startIndex})", ("this", S), ("value", new JsNumberLiteral(58)), ("startIndex", new JsNumberLiteral(3))).Callee);
    }

    [Fact]
    public void Ordinal_searches_and_splits_with_nothing_left_to_check_are_the_javascript_string_methods()
    {
        var slash = new JsNumberLiteral('/');
        var v2 = new JsStringLiteral("/v2/");
        AssertNative("startsWith", "/v2/", Expand("@startsWith({this}, {value}, {comparisonType})", ("this", S), ("value", v2), ("comparisonType", new JsNumberLiteral(4))));
        AssertNative("endsWith", "/", Expand("@endsWith({this}, {value})", ("this", S), ("value", slash)));
        AssertNative("indexOf", "/v2/", Expand("@indexOf({this}, {value}, 0, undefined, 4)", ("this", S), ("value", v2)));
        AssertNative("indexOf", ":", Expand("@indexOf({this}, {value})", ("this", S), ("value", new JsNumberLiteral(':'))));
        AssertNative("lastIndexOf", "/", Expand("@lastIndexOf({this}, {value})", ("this", S), ("value", slash)));
        AssertNative("split", "/", Expand("@split({this}, {separator}, undefined, {options})", ("this", S), ("separator", slash), ("options", new JsNumberLiteral(0))));
        AssertNative("split", ", ", Expand("@split({this}, {separator}, undefined, {options})", ("this", S), ("separator", new JsStringLiteral(", ")), ("options", new JsNumberLiteral(0))));
    }

    [Fact]
    public void Searches_and_splits_the_runtime_must_check_keep_their_helpers()
    {
        var slash = new JsNumberLiteral('/');
        // an empty or null value, a start index, a count, split options: .NET rules JavaScript's methods do not follow
        Assert.Equal(new JsRuntimeRef("$indexOfOrdinal"), Expand("@indexOf({this}, {value})", ("this", S), ("value", new JsStringLiteral(""))).Callee);
        Assert.Equal(new JsRuntimeRef("$startsWithOrdinal"), Expand("@startsWith({this}, {value})", ("this", S), ("value", new JsNullLiteral())).Callee);
        Assert.Equal(new JsRuntimeRef("$indexOfOrdinal"), Expand("@indexOf({this}, {value}, {startIndex})", ("this", S), ("value", slash), ("startIndex", new JsNumberLiteral(2))).Callee);
        Assert.Equal(new JsRuntimeRef("$split"), Expand("@split({this}, {separator}, {count}, {options})", ("this", S), ("separator", slash), ("count", new JsNumberLiteral(2)), ("options", new JsNumberLiteral(0))).Callee);
        Assert.Equal(new JsRuntimeRef("$split"), Expand("@split({this}, {separator}, undefined, {options})", ("this", S), ("separator", slash), ("options", new JsNumberLiteral(1))).Callee);
        Assert.Equal(new JsRuntimeRef("$split"), Expand("@split({this}, {separator}, undefined, {options})", ("this", S), ("separator", new JsStringLiteral("")), ("options", new JsNumberLiteral(0))).Callee);
        Assert.Equal(new JsRuntimeRef("$split"), Expand("@split({this}, {separator})", ("this", S), ("separator", new JsIdentifier("separators"))).Callee);
    }

    private static void AssertNative(string method, string text, JsCall call)
    {
        Assert.Equal(new JsMember(S, method), call.Callee);
        Assert.Equal([new JsStringLiteral(text)], call.Arguments);
    }

    [Fact]
    public void Culture_and_run_time_comparisons_keep_the_general_helpers()
    {
        var value = new JsStringLiteral("a");
        Assert.Equal(new JsRuntimeRef("$startsWith"), Expand("@startsWith({this}, {value}, 0)", ("this", S), ("value", value)).Callee);
        Assert.Equal(new JsRuntimeRef("$indexOf"), Expand("@indexOf({this}, {value}, undefined, undefined, 0)", ("this", S), ("value", value)).Callee);
        Assert.Equal(new JsRuntimeRef("$lastIndexOf"), Expand("@lastIndexOf({this}, {value}, undefined, undefined, {c})", ("this", S), ("value", value), ("c", new JsIdentifier("c"))).Callee);
        Assert.Equal(new JsRuntimeRef("$endsWith"), Expand("@endsWith({this}, {value}, 5)", ("this", S), ("value", value)).Callee);
    }
}

using System.Numerics;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Printer;
using static EdgeMirror.Compiler.Tests.Printer.Js;

namespace EdgeMirror.Compiler.Tests.Printer;

public sealed class LiteralTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-0.0, "-0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(4294967295, "4294967295")]
    [InlineData(5e-324, "5e-324")]
    public void Numbers_print_in_a_form_that_reads_back_exactly(double value, string expected) =>
        Assert.Equal(expected, JsLiterals.Number(value));

    [Fact]
    public void Strings_escape_quotes_line_terminators_and_lone_surrogates()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u2028\"", JsLiterals.Quote("a\"b\\c\n\u2028"));
        Assert.Equal("\"\\ud800x\"", JsLiterals.Quote("\ud800x"));
        Assert.Equal("\"😀é\"", JsLiterals.Quote("😀é"));
        Assert.Equal("\"\\u0000\"", JsLiterals.Quote("\0"));
    }

    [Fact]
    public void Template_literals_escape_backticks_and_placeholders()
    {
        var template = new JsTemplateLiteral(["a`b${", "\\end"], [Id("x")]);
        Assert.Equal("`a\\`b\\${${x}\\\\end`", JsPrinter.Print(template));
    }

    [Fact]
    public void BigInts_regexes_and_keywords_print_as_javascript()
    {
        Assert.Equal("123n", JsPrinter.Print(new JsBigIntLiteral(new BigInteger(123))));
        Assert.Equal("a - -5n", JsPrinter.Print(Bin("-", Id("a"), new JsBigIntLiteral(new BigInteger(-5)))));
        Assert.Equal("/a\\/b[/]/gi", JsPrinter.Print(new JsRegexLiteral("a/b[/]", "gi")));
        Assert.Equal("/(?:)/", JsPrinter.Print(new JsRegexLiteral("", "")));
        Assert.Equal("[null, undefined, true, this]", JsPrinter.Print(new JsArrayLiteral([new JsNullLiteral(), new JsUndefined(), new JsBooleanLiteral(true), new JsThis()])));
    }

    [Fact]
    public void Object_keys_are_bare_when_they_are_names_and_quoted_otherwise()
    {
        var obj = new JsObjectLiteral([
            new JsProperty(Str("a"), Num(1)),
            new JsProperty(Str("content-type"), Num(2)),
            new JsProperty(new JsRuntimeRef("$key"), Num(3), Computed: true),
            new JsSpreadMember(Id("rest")),
        ]);
        Assert.Equal("{ a: 1, \"content-type\": 2, [$key]: 3, ...rest }", JsPrinter.Print(obj));
    }
}

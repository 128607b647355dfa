using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering.Tests;

public sealed class TemplateExpanderTests
{
    private static JsExpression Expand(string template, params (string Name, JsExpression Value)[] holes) =>
        TemplateExpander.Expand(template, (string name, bool spread, out IReadOnlyList<JsExpression>? items) =>
        {
            items = null;
            var value = holes.FirstOrDefault(h => h.Name == name).Value;
            if (spread && value is JsArrayLiteral array) items = array.Elements;
            return value;
        });

    [Fact]
    public void A_call_template_becomes_a_call_node_with_its_holes_filled()
    {
        var result = Expand("@substring({this}, {start})", ("this", new JsIdentifier("s")), ("start", new JsNumberLiteral(2)));
        var call = Assert.IsType<JsCall>(result);
        Assert.Equal(new JsRuntimeRef("$substring"), call.Callee);
        Assert.Equal([new JsIdentifier("s"), new JsNumberLiteral(2)], call.Arguments);
    }

    [Fact]
    public void Operators_in_a_template_keep_their_precedence_as_nodes()
    {
        var result = Expand("{a} + {b} * 2", ("a", new JsIdentifier("x")), ("b", new JsIdentifier("y")));
        var sum = Assert.IsType<JsBinary>(result);
        Assert.Equal("+", sum.Operator);
        Assert.Equal("*", Assert.IsType<JsBinary>(sum.Right).Operator);
    }

    [Fact]
    public void A_params_hole_spreads_the_array_elements_as_arguments()
    {
        var result = Expand("@format({format}, {*args})", ("format", new JsStringLiteral("{0}")),
            ("args", new JsArrayLiteral([new JsNumberLiteral(1), new JsNumberLiteral(2)])));
        Assert.Equal(3, Assert.IsType<JsCall>(result).Arguments.Count);
    }

    [Fact]
    public void A_template_that_is_not_a_plain_expression_becomes_raw_text_whose_holes_stay_expressions()
    {
        var result = Expand("(() => { return {x}; })()", ("x", new JsIdentifier("value")));
        var raw = Assert.IsType<JsRaw>(result);
        Assert.Equal([new JsIdentifier("value")], raw.Holes);
        Assert.Contains("return value;", EdgeMirror.Compiler.Printer.JsPrinter.Print(raw));
    }

    [Fact]
    public void A_new_template_lists_its_constructor_arguments_in_order()
    {
        Assert.Equal(["message", "innerException"], TemplateExpander.NewArguments("new @Exception({message}, {innerException})"));
        Assert.Null(TemplateExpander.NewArguments("@make({message})"));
    }
}

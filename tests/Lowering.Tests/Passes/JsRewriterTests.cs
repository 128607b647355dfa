using EdgeMirror.Compiler.JsAst;
using static EdgeMirror.Compiler.Lowering.Tests.Passes.Js;

namespace EdgeMirror.Compiler.Lowering.Tests.Passes;

public sealed class JsRewriterTests
{
    private sealed class Identity : JsRewriter;

    private sealed class RenameX : JsRewriter
    {
        public override JsExpression Rewrite(JsExpression expression) =>
            expression is JsIdentifier { Name: "x" } ? new JsIdentifier("y") : base.Rewrite(expression);
    }

    private static JsModule Sample()
    {
        var method = new JsClassMethod(Id("m"), new JsFunction(null, [], new JsBlock([
            Stmt(new JsRaw("f(\u0001)") { Holes = [Id("x")] }),
            new JsReturn(new JsObjectLiteral([new JsObjectMethod(Id("v"), new JsFunction(null, [], new JsBlock([new JsReturn(Id("x"))])), Kind: JsMethodKind.Getter)])),
        ])));
        var loop = new JsFor(Let("i", Num(0)), new JsBinary("<", Id("i"), Id("x")), null,
            new JsBlock([Stmt(Call(Id("g"), Arrow(new JsConditional(Id("x"), Num(1), Num(2)))))]));
        return Module(new JsClassDeclaration(new JsClass("C", null, [method])), loop);
    }

    [Fact]
    public void A_rewriter_that_changes_nothing_returns_the_very_same_module()
    {
        var module = Sample();
        Assert.Same(module, new Identity().RewriteModule(module));
    }

    [Fact]
    public void A_rewriter_reaches_class_methods_object_accessors_raw_template_holes_loops_and_arrows()
    {
        var text = Print(new RenameX().RewriteModule(Sample()));
        Assert.DoesNotContain("x", text.Replace("$", ""));
        Assert.True(4 == text.Split('y').Length - 1, text);
    }
}

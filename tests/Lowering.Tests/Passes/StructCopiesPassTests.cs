using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes.StructCopies;
using static EdgeMirror.Compiler.Lowering.Tests.Passes.Js;

namespace EdgeMirror.Compiler.Lowering.Tests.Passes;

public sealed class StructCopiesPassTests
{
    private static string Run(params JsStatement[] body) => Print(StructCopiesPass.Run(Module(body)));

    private static JsStructCopy Copy(JsExpression value, StructCopyKind kind = StructCopyKind.Clone) => new(value, kind);
    private static JsExpression NewPoint() => Call(Member(new JsNew(Id("Point"), []), "$ctor"), Num(1), Num(2));

    [Fact]
    public void A_copy_of_a_variable_becomes_a_clone_call_and_a_copy_of_what_may_be_null_becomes_cloneValue()
    {
        var text = Run(Function("f", Stmt(Call(Id("use"), Copy(Id("p")), Copy(Member(Id("o"), "q"), StructCopyKind.MaybeNull)))));
        Assert.Contains("use(p.$clone(), $cloneValue(o.q));", text);
    }

    [Fact]
    public void A_readonly_struct_is_shared_instead_of_copied()
    {
        var text = Run(Function("f", Stmt(Call(Id("use"), Copy(Id("p"), StructCopyKind.Shared)))));
        Assert.Contains("use(p);", text);
    }

    [Fact]
    public void A_fresh_value_is_not_copied_again()
    {
        var initialized = Seq(Assign(Temp(0), new JsNew(Id("Point"), [])), Assign(Member(Temp(0), "X"), Num(1)), Temp(0));
        var text = Run(Function("f",
            Stmt(Call(Id("use"), Copy(NewPoint()), Copy(Copy(Id("p"))), Copy(new JsNew(Id("Point"), []), StructCopyKind.MaybeNull))),
            Stmt(Call(Id("keep"), Copy(new JsConditional(Id("c"), NewPoint(), Copy(Id("q"))))))));
        Assert.Contains("use(new Point().$ctor(1, 2), p.$clone(), new Point());", text);
        Assert.Contains("keep(c ? new Point().$ctor(1, 2) : q.$clone());", text);
        var initializedText = Print(EdgeMirror.Compiler.Passes.Temporaries.TemporariesPass.Run(StructCopiesPass.Run(Module(Function("g", Stmt(Copy(initialized)))))));
        Assert.Contains("$t0 = new Point(), $t0.X = 1, $t0;", initializedText);
    }

    [Fact]
    public void Returning_a_local_that_only_holds_fresh_values_needs_no_copy()
    {
        var text = Run(Function("f",
            Let("r", NewPoint()),
            Stmt(Assign(Member(Id("r"), "X"), Num(5))),
            Stmt(Assign(Id("r"), Copy(Id("other")))),
            new JsReturn(Copy(Id("r")))));
        Assert.Contains("return r;", text);
    }

    [Fact]
    public void Returning_a_local_that_received_a_shared_value_keeps_the_copy()
    {
        var text = Run(Function("f", Let("r", NewPoint()), Stmt(Assign(Id("r"), Member(Id("list"), "first"))), new JsReturn(Copy(Id("r")))));
        Assert.Contains("return r.$clone();", text);
    }

    [Fact]
    public void Returning_a_local_a_closure_sees_keeps_the_copy()
    {
        var closure = Stmt(Call(Id("later"), Arrow(Assign(Member(Id("r"), "X"), Num(1)))));
        var text = Run(Function("f", Let("r", NewPoint()), closure, new JsReturn(Copy(Id("r")))));
        Assert.Contains("return r.$clone();", text);
    }

    [Fact]
    public void Returning_a_local_inside_try_with_finally_keeps_the_copy_because_finally_runs_after_the_value_is_taken()
    {
        var tryFinally = new JsTry(new JsBlock([new JsReturn(Copy(Id("r")))]), null, null,
            new JsBlock([Stmt(Assign(Member(Id("r"), "X"), Num(99)))]));
        var text = Run(Function("f", Let("r", NewPoint()), tryFinally, new JsReturn(Copy(Id("r")))));
        Assert.Contains("try { return r.$clone(); } finally { r.X = 99; }", text);
        Assert.Contains("\n  return r;", text);
    }

    [Fact]
    public void Returning_a_parameter_or_an_outer_variable_keeps_the_copy()
    {
        var inner = Arrow(new JsBlock([new JsReturn(Copy(Id("r")))]));
        var text = Run(new JsFunctionDeclaration(new JsFunction("f", [new JsParameter("p")], new JsBlock([
            Let("r", NewPoint()),
            Stmt(Call(Id("use"), inner)),
            new JsReturn(Copy(Id("p")))]))));
        Assert.Contains("return r.$clone();", text);
        Assert.Contains("return p.$clone();", text);
    }
}

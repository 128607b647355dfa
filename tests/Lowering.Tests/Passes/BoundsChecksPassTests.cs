using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes.BoundsChecks;
using static EdgeMirror.Compiler.Lowering.Tests.Passes.Js;

namespace EdgeMirror.Compiler.Lowering.Tests.Passes;

public sealed class BoundsChecksPassTests
{
    private static string Run(params JsStatement[] body) => Print(BoundsChecksPass.Run(Module(body)));

    private static JsFunctionDeclaration FunctionOf(string array, params JsStatement[] body) =>
        new(new JsFunction("f", [new JsParameter(array)], new JsBlock(body)));

    private static JsFor Loop(string index, string array, JsExpression? update = null, params JsStatement[] body) => new(
        Let(index, Num(0)),
        new JsBinary("<", Id(index), Member(Id(array), "length")),
        update ?? Assign(Id(index), new JsBinary("|", new JsBinary("+", Id(index), Num(1)), Num(0))),
        new JsBlock(body));

    private static JsStatement Read(string array, string index) =>
        Stmt(Call(Id("use"), new JsIndex(Id(array), new JsCheckedIndex(Id(array), Id(index)))));

    [Fact]
    public void A_canonical_loop_over_an_array_indexes_it_without_a_check()
    {
        var text = Run(FunctionOf("a", Loop("i", "a", null, Read("a", "i"))));
        Assert.Contains("use(a[i]);", text);
        Assert.DoesNotContain("$throwIndex", text);
    }

    [Fact]
    public void A_string_read_with_charCodeAt_in_a_canonical_loop_needs_no_check()
    {
        var read = Stmt(Call(Member(Id("s"), "charCodeAt"), new JsCheckedIndex(Id("s"), Id("i"))));
        var text = Run(FunctionOf("s", Loop("i", "s", new JsUpdate("++", Id("i"), false), read)));
        Assert.Contains("s.charCodeAt(i);", text);
    }

    [Fact]
    public void Outside_a_loop_the_check_is_written_inline()
    {
        var text = Run(FunctionOf("a", Read("a", "i"), Stmt(new JsIndex(Id("a"), new JsCheckedIndex(Id("a"), Num(2))))));
        Assert.Contains("use(a[i >>> 0 < a.length ? i : $throwIndex()]);", text);
        Assert.Contains("a[2 < a.length ? 2 : $throwIndex()];", text);
    }

    [Fact]
    public void The_check_stays_when_the_loop_body_reassigns_the_array()
    {
        var text = Run(FunctionOf("a", Loop("i", "a", null, Read("a", "i"), Stmt(Assign(Id("a"), Id("b"))))));
        Assert.Contains("$throwIndex()", text);
    }

    [Fact]
    public void The_check_stays_when_the_loop_body_writes_the_index()
    {
        var text = Run(FunctionOf("a", Loop("i", "a", null, Stmt(new JsUpdate("++", Id("i"), false)), Read("a", "i"))));
        Assert.Contains("$throwIndex()", text);
    }

    [Fact]
    public void The_check_stays_when_a_closure_of_the_function_may_reassign_the_array()
    {
        var closure = Let("reset", Arrow(Assign(Id("a"), Id("other"))));
        var text = Run(FunctionOf("a", closure, Loop("i", "a", null, Stmt(Call(Id("reset"))), Read("a", "i"))));
        Assert.Contains("$throwIndex()", text);
    }

    [Fact]
    public void The_check_stays_for_an_array_captured_from_an_outer_function()
    {
        var inner = Arrow(new JsBlock([Loop("i", "a", null, Read("a", "i"))]));
        var text = Run(FunctionOf("a", Stmt(Call(Id("run"), inner))));
        Assert.Contains("$throwIndex()", text);
    }

    [Fact]
    public void The_check_stays_for_an_index_into_another_array_or_when_the_index_is_not_the_loop_variable()
    {
        var text = Run(FunctionOf("a", Let("b"), Let("j", Num(0)), Loop("i", "a", null, Read("b", "i"), Read("a", "j"))));
        Assert.Contains("b[i >>> 0 < b.length ? i : $throwIndex()]", text);
        Assert.Contains("a[j >>> 0 < a.length ? j : $throwIndex()]", text);
    }

    [Fact]
    public void A_closure_created_in_the_loop_keeps_its_check_because_it_may_run_after_the_loop()
    {
        var closure = Stmt(Call(Id("later"), Arrow(new JsIndex(Id("a"), new JsCheckedIndex(Id("a"), Id("i"))))));
        var text = Run(FunctionOf("a", Loop("i", "a", null, closure)));
        Assert.Contains("$throwIndex()", text);
    }

    private static JsStatement Alloc(string name, double length) =>
        Let(name, Call(new JsRuntimeRef("$newTypedArray"), Id("Uint32Array"), Num(length)));

    private static JsStatement ReadAt(string array, JsExpression index) =>
        Stmt(Call(Id("use"), new JsIndex(Id(array), new JsCheckedIndex(Id(array), index))));

    private static JsFor CountTo(string index, double start, double end, params JsStatement[] body) => new(
        Let(index, Num(start)), new JsBinary("<", Id(index), Num(end)),
        Assign(Id(index), new JsBinary("|", new JsBinary("+", Id(index), Num(1)), Num(0))), new JsBlock(body));

    private static JsBinary Minus(JsExpression e, double c) => new("|", new JsBinary("-", e, Num(c)), Num(0));

    [Fact]
    public void A_constant_index_into_an_array_of_constant_length_needs_no_check_and_one_past_the_end_keeps_it()
    {
        var text = Run(FunctionOf("p", Alloc("w", 8), ReadAt("w", Num(7)), ReadAt("w", Num(8))));
        Assert.Contains("use(w[7]);", text);
        Assert.Contains("use(w[8 < w.length ? 8 : $throwIndex()]);", text);
    }

    [Fact]
    public void A_loop_to_a_constant_within_the_known_length_with_an_offset_index_needs_no_check()
    {
        var text = Run(FunctionOf("p", Alloc("w", 64),
            CountTo("i", 16, 64, ReadAt("w", Minus(Id("i"), 15)), ReadAt("w", Id("i"))),
            CountTo("j", 0, 65, ReadAt("w", Id("j"))),
            CountTo("k", 1, 64, ReadAt("w", Minus(Id("k"), 2)))));
        Assert.Contains("use(w[i - 15 | 0]);", text);
        Assert.Contains("use(w[i]);", text);
        Assert.Contains("use(w[j >>> 0 < w.length ? j : $throwIndex()]);", text);
        Assert.Contains("use(w[(k - 2 | 0) >>> 0 < w.length ? k - 2 | 0 : $throwIndex()]);", text); // k - 2 may be -1
    }

    [Fact]
    public void An_array_of_known_length_that_is_assigned_again_keeps_its_checks()
    {
        var text = Run(FunctionOf("p", Alloc("w", 8), Stmt(Assign(Id("w"), Id("p"))), ReadAt("w", Num(0))));
        Assert.Contains("$throwIndex()", text);
    }

    [Fact]
    public void A_loop_counting_down_from_the_last_element_to_zero_needs_no_check()
    {
        var down = new JsFor(Let("i", Minus(Member(Id("a"), "length"), 1)), new JsBinary(">=", Id("i"), Num(0)),
            Assign(Id("i"), Minus(Id("i"), 1)), new JsBlock([Read("a", "i")]));
        var text = Run(FunctionOf("a", down));
        Assert.Contains("use(a[i]);", text);
    }

    [Fact]
    public void A_loop_bound_held_in_a_variable_counts_as_the_length_while_neither_variable_changes()
    {
        var loop = new JsFor(Let("i", Num(0)), new JsBinary("<", Id("i"), Id("n")), new JsUpdate("++", Id("i"), false), new JsBlock([Read("a", "i")]));
        Assert.Contains("use(a[i]);", Run(FunctionOf("a", Let("n", Member(Id("a"), "length")), loop)));
        Assert.Contains("$throwIndex()", Run(FunctionOf("a", Let("n", Member(Id("a"), "length")), Stmt(Assign(Id("a"), Id("b"))), loop)));
        Assert.Contains("$throwIndex()", Run(FunctionOf("a", Let("n", Member(Id("a"), "length")), Stmt(new JsUpdate("++", Id("n"), false)), loop)));
    }

    [Fact]
    public void A_loop_starting_below_zero_or_counting_down_is_not_canonical()
    {
        var negativeStart = new JsFor(Let("i", Num(-1)), new JsBinary("<", Id("i"), Member(Id("a"), "length")),
            new JsUpdate("++", Id("i"), false), new JsBlock([Read("a", "i")]));
        var down = new JsFor(Let("i", Num(0)), new JsBinary("<", Id("i"), Member(Id("a"), "length")),
            new JsUpdate("--", Id("i"), false), new JsBlock([Read("a", "i")]));
        Assert.Contains("$throwIndex()", Run(FunctionOf("a", negativeStart)));
        Assert.Contains("$throwIndex()", Run(FunctionOf("a", down)));
    }

    private static JsStatement ReadAt(string array, double index) =>
        Stmt(Call(Id("use"), new JsIndex(Id(array), new JsCheckedIndex(Id(array), Num(index)))));

    [Fact]
    public void A_constant_index_below_one_that_already_passed_its_check_is_not_checked_again()
    {
        var text = Run(FunctionOf("a", ReadAt("a", 3), ReadAt("a", 1), ReadAt("a", 4)));
        Assert.Contains("use(a[3 < a.length ? 3 : $throwIndex()]);\n  use(a[1]);\n  use(a[4 < a.length ? 4 : $throwIndex()]);", text);
    }

    [Fact]
    public void A_length_guard_that_returns_proves_the_constant_indexes_after_it()
    {
        var guard = new JsIf(new JsLogical("||", new JsBinary("!==", Member(Id("a"), "length"), Num(4)), Id("other")), new JsReturn());
        var text = Run(FunctionOf("a", guard, ReadAt("a", 3), ReadAt("a", 0)));
        Assert.Contains("use(a[3]);\n  use(a[0]);", text);
    }

    [Fact]
    public void An_assignment_of_the_array_forgets_what_was_known_of_it_even_inside_the_same_statement()
    {
        var reassign = Stmt(Call(Id("use"), new JsSequence([Assign(Id("a"), Id("b")), new JsIndex(Id("a"), new JsCheckedIndex(Id("a"), Num(1)))])));
        var text = Run(FunctionOf("a", ReadAt("a", 3), reassign, ReadAt("a", 2)));
        Assert.Contains("a[1 < a.length ? 1 : $throwIndex()]", text);
        Assert.Contains("use(a[2 < a.length ? 2 : $throwIndex()]);", text);
    }

    [Fact]
    public void What_a_branch_learns_stays_in_it()
    {
        var branch = new JsIf(Id("c"), new JsBlock([ReadAt("a", 5)]));
        var text = Run(FunctionOf("a", branch, ReadAt("a", 2)));
        Assert.Contains("use(a[2 < a.length ? 2 : $throwIndex()]);", text);
    }
}

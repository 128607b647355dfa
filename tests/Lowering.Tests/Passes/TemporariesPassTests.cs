using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes.Temporaries;
using static EdgeMirror.Compiler.Lowering.Tests.Passes.Js;

namespace EdgeMirror.Compiler.Lowering.Tests.Passes;

public sealed class TemporariesPassTests
{
    private static string Run(params JsStatement[] body) => Print(TemporariesPass.Run(Module(body)));

    [Fact]
    public void A_temporary_is_named_in_order_of_first_use_and_declared_once_at_the_top_of_its_function()
    {
        var text = Run(Function("f",
            Stmt(Call(Id("g"), Seq(Assign(Temp(7), Call(Id("h"))), Member(Temp(7), "x")))),
            Stmt(Seq(Assign(Temp(3), Call(Id("k"))), Temp(3), Temp(7)))));
        Assert.Equal("""
            function f() {
              let $t0, $t1;
              g(($t0 = h(), $t0.x));
              $t1 = k(), $t1, $t0;
            }
            """, text);
    }

    [Fact]
    public void Temporaries_join_a_leading_let_without_initializers_instead_of_adding_a_second_declaration()
    {
        var text = Run(Function("f", Let("x"), Stmt(Seq(Assign(Temp(0), Call(Id("h"))), Temp(0)))));
        Assert.StartsWith("function f() {\n  let $t0, x;\n", text);
    }

    [Fact]
    public void A_temporary_used_only_inside_an_arrow_is_declared_in_the_arrow_which_gets_a_block_body()
    {
        var arrow = Arrow(Seq(Assign(Temp(0), Call(Id("h"), Id("a"))), Member(Temp(0), "x")), "a");
        var text = Run(Function("f", new JsReturn(arrow)));
        Assert.Equal("""
            function f() {
              return a => {
                let $t0;
                return $t0 = h(a), $t0.x;
              };
            }
            """, text);
    }

    [Fact]
    public void A_temporary_set_outside_an_arrow_and_read_inside_it_is_declared_in_the_outer_function()
    {
        var arrow = Arrow(Call(Member(Temp(0), "m"), Id("a")), "a");
        var text = Run(Function("f", new JsReturn(Seq(Assign(Temp(0), Call(Id("h"))), arrow))));
        Assert.Contains("function f() {\n  let $t0;\n  return $t0 = h(), a => $t0.m(a);", text);
    }

    [Fact]
    public void A_temporary_nothing_reads_is_removed_and_its_value_is_still_evaluated()
    {
        var text = Run(Function("f",
            Stmt(Assign(Temp(0), Call(Id("sideEffect")))),
            Stmt(Call(Id("g"), Seq(Assign(Temp(1), Id("x")), Num(1))))));
        Assert.Equal("""
            function f() {
              sideEffect();
              g(1);
            }
            """, text);
    }

    [Fact]
    public void A_sequence_the_lowering_wrote_keeps_its_pure_parts()
    {
        var text = Run(Function("f",
            Stmt(Call(Seq(Num(0), Member(Id("o"), "m")))),
            Stmt(Seq(Assign(Temp(0), Call(Id("h"))), Temp(0)))));
        Assert.Contains("(0, o.m)();", text);
    }

    [Fact]
    public void Names_skip_a_t_name_the_program_binds_and_an_inner_function_never_reuses_an_outer_temporarys_name()
    {
        var inner = Arrow(Seq(Assign(Temp(1), Call(Id("h"))), Call(Id("use"), Temp(1), Temp(0))));
        var text = Run(Function("f",
            Let("$t0", Num(5)),
            Stmt(Seq(Assign(Temp(0), Call(Id("k"))), inner))));
        Assert.Contains("let $t1;\n  let $t0 = 5;", text);
        Assert.Contains("let $t2;\n    return $t2 = h(), use($t2, $t1);", text);
    }

    [Fact]
    public void Each_function_numbers_its_temporaries_from_zero()
    {
        var text = Run(
            Function("f", Stmt(Seq(Assign(Temp(0), Call(Id("h"))), Temp(0)))),
            Function("g", Stmt(Seq(Assign(Temp(1), Call(Id("h"))), Temp(1)))));
        Assert.Equal(2, text.Split("let $t0;").Length - 1);
    }

    [Fact]
    public void A_temporary_in_raw_template_text_is_named_like_any_other()
    {
        var raw = new JsRaw("wrap(\u0001)") { Holes = [Temp(0)] };
        var text = Run(Function("f", Stmt(Seq(Assign(Temp(0), Call(Id("h"))), raw))));
        Assert.Contains("$t0 = h(), (wrap($t0))", text);
    }
}

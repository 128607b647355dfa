using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Printer;
using static EdgeMirror.Compiler.Tests.Printer.Js;

namespace EdgeMirror.Compiler.Tests.Printer;

public sealed class PrecedenceTests
{
    [Fact]
    public void A_right_operand_of_equal_precedence_keeps_its_parentheses()
    {
        Assert.Equal("a - (b - c)", JsPrinter.Print(Bin("-", Id("a"), Bin("-", Id("b"), Id("c")))));
        Assert.Equal("a - b - c", JsPrinter.Print(Bin("-", Bin("-", Id("a"), Id("b")), Id("c"))));
    }

    [Fact]
    public void Tighter_operators_need_no_parentheses_and_looser_ones_get_them()
    {
        Assert.Equal("a + b * c", JsPrinter.Print(Bin("+", Id("a"), Bin("*", Id("b"), Id("c")))));
        Assert.Equal("(a + b) * c", JsPrinter.Print(Bin("*", Bin("+", Id("a"), Id("b")), Id("c"))));
        Assert.Equal("(a | 0) === b", JsPrinter.Print(Bin("===", Bin("|", Id("a"), Num(0)), Id("b"))));
    }

    [Fact]
    public void Exponentiation_groups_right_and_parenthesises_a_unary_base()
    {
        Assert.Equal("a ** b ** c", JsPrinter.Print(Bin("**", Id("a"), Bin("**", Id("b"), Id("c")))));
        Assert.Equal("(a ** b) ** c", JsPrinter.Print(Bin("**", Bin("**", Id("a"), Id("b")), Id("c"))));
        Assert.Equal("(-a) ** 2", JsPrinter.Print(Bin("**", Un("-", Id("a")), Num(2))));
        Assert.Equal("(-2) ** 2", JsPrinter.Print(Bin("**", Num(-2), Num(2))));
    }

    [Fact]
    public void Nullish_coalescing_is_never_mixed_with_or_and_and_unparenthesised()
    {
        Assert.Equal("(a || b) ?? c", JsPrinter.Print(Logic("??", Logic("||", Id("a"), Id("b")), Id("c"))));
        Assert.Equal("a ?? (b && c)", JsPrinter.Print(Logic("??", Id("a"), Logic("&&", Id("b"), Id("c")))));
        Assert.Equal("(a ?? b) || c", JsPrinter.Print(Logic("||", Logic("??", Id("a"), Id("b")), Id("c"))));
        Assert.Equal("a ?? b ?? c", JsPrinter.Print(Logic("??", Logic("??", Id("a"), Id("b")), Id("c"))));
    }

    [Fact]
    public void Unary_minus_never_fuses_with_a_following_minus()
    {
        Assert.Equal("-(-a)", JsPrinter.Print(Un("-", Un("-", Id("a")))));
        Assert.Equal("-(-1)", JsPrinter.Print(Un("-", Num(-1))));
        Assert.Equal("-(--a)", JsPrinter.Print(Un("-", new JsUpdate("--", Id("a"), Prefix: true))));
        Assert.Equal("a - -1", JsPrinter.Print(Bin("-", Id("a"), Num(-1))));
        Assert.Equal("typeof a === \"string\"", JsPrinter.Print(Bin("===", Un("typeof", Id("a")), Str("string"))));
    }

    [Fact]
    public void Member_access_on_a_number_or_a_looser_expression_is_parenthesised()
    {
        Assert.Equal("(1).toString()", JsPrinter.Print(Call(Dot(Num(1), "toString"))));
        Assert.Equal("(a + b).length", JsPrinter.Print(Dot(Bin("+", Id("a"), Id("b")), "length")));
        Assert.Equal("(await p).x", JsPrinter.Print(Dot(new JsAwait(Id("p")), "x")));
        Assert.Equal("a?.b.c", JsPrinter.Print(Dot(Dot(Id("a"), "b", optional: true), "c")));
        Assert.Equal("headers[\"content-type\"]", JsPrinter.Print(Dot(Id("headers"), "content-type")));
    }

    [Fact]
    public void New_parenthesises_a_callee_that_contains_a_call()
    {
        Assert.Equal("new (f())()", JsPrinter.Print(new JsNew(Call(Id("f")), [])));
        Assert.Equal("new (a.b().C)(1)", JsPrinter.Print(new JsNew(Dot(Call(Dot(Id("a"), "b")), "C"), [Num(1)])));
        Assert.Equal("new a.B(1)", JsPrinter.Print(new JsNew(Dot(Id("a"), "B"), [Num(1)])));
        Assert.Equal("new X().y", JsPrinter.Print(Dot(new JsNew(Id("X"), []), "y")));
    }

    [Fact]
    public void Assignments_conditionals_and_sequences_nest_as_the_grammar_requires()
    {
        Assert.Equal("a = b = c", JsPrinter.Print(Assign(Id("a"), Assign(Id("b"), Id("c")))));
        Assert.Equal("f((a, b))", JsPrinter.Print(Call(Id("f"), new JsSequence([Id("a"), Id("b")]))));
        Assert.Equal("(a = 1) + b", JsPrinter.Print(Bin("+", Assign(Id("a"), Num(1)), Id("b"))));
        Assert.Equal("(a ? b : c) ? d : e", JsPrinter.Print(new JsConditional(new JsConditional(Id("a"), Id("b"), Id("c")), Id("d"), Id("e"))));
        Assert.Equal("a ? b : c ? d : e", JsPrinter.Print(new JsConditional(Id("a"), Id("b"), new JsConditional(Id("c"), Id("d"), Id("e")))));
        Assert.Equal("(x = y) ? 1 : 2", JsPrinter.Print(new JsConditional(Assign(Id("x"), Id("y")), Num(1), Num(2))));
    }

    [Fact]
    public void Arrows_are_parenthesised_as_callees_and_their_object_bodies_too()
    {
        Assert.Equal("(() => 1)()", JsPrinter.Print(Call(Arrow(Num(1)))));
        Assert.Equal("x => ({ a: x })", JsPrinter.Print(Arrow(Obj(("a", Id("x"))), "x")));
        Assert.Equal("x => ({ a: x }.a)", JsPrinter.Print(Arrow(Dot(Obj(("a", Id("x"))), "a"), "x")));
        Assert.Equal("a || (() => b)", JsPrinter.Print(Logic("||", Id("a"), Arrow(Id("b")))));
    }

    [Fact]
    public void Expression_statements_starting_with_an_object_or_function_are_parenthesised()
    {
        Assert.Equal("({ a: 1 }.a);\n", JsPrinter.Print(Stmt(Dot(Obj(("a", Num(1))), "a"))));
        Assert.Equal("(function () {}());\n", JsPrinter.Print(Stmt(Call(new JsFunctionExpression(Function(null, Block()))))));
        Assert.Equal("f(function () {});\n", JsPrinter.Print(Stmt(Call(Id("f"), new JsFunctionExpression(Function(null, Block()))))));
    }

    [Fact]
    public void In_inside_a_for_initializer_is_parenthesised()
    {
        var loop = new JsFor(Let("x", Bin("in", Str("a"), Id("o"))), null, null, Block());
        Assert.StartsWith("for (let x = (\"a\" in o);;) {}", JsPrinter.Print(loop));
    }

    [Fact]
    public void Raw_template_text_is_parenthesised_unless_it_is_marked_primary()
    {
        Assert.Equal("(a + b) * 2", JsPrinter.Print(Bin("*", new JsRaw("a + b"), Num(2))));
        Assert.Equal("f(x) * 2", JsPrinter.Print(Bin("*", new JsRaw("f(x)", IsPrimary: true), Num(2))));
    }
}

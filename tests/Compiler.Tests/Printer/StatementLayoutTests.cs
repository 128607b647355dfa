using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Printer;
using static EdgeMirror.Compiler.Tests.Printer.Js;

namespace EdgeMirror.Compiler.Tests.Printer;

public sealed class StatementLayoutTests
{
    private static string Print(params JsStatement[] statements)
    {
        var writer = new JsWriter();
        new JsPrinter(writer).PrintProgram(statements);
        return writer.ToString();
    }

    /// <summary>A layout written with two spaces a level, as the printer writes it: one tab a level.</summary>
    private static string Tabbed(string twoSpaced) =>
        string.Join("\n", twoSpaced.ReplaceLineEndings("\n").Split('\n').Select(line =>
        {
            var spaces = line.Length - line.TrimStart(' ').Length;
            return new string('\t', spaces / 2) + line[spaces..];
        }));

    [Fact]
    public void A_class_prints_with_one_tab_a_level_and_blank_lines_around_declarations()
    {
        var greeter = new JsClass("Greeter", Id("Base"), [
            new JsClassField(Str("$name"), Str("Greeter"), IsStatic: true),
            new JsClassMethod(Str("constructor"), Function(null, Block(Stmt(Call(new JsSuper())), Stmt(Assign(Dot(new JsThis(), "n"), Id("n")))), "n")),
            new JsClassMethod(Str("Count"), Function(null, Block(Return(Dot(new JsThis(), "n")))), Kind: JsMethodKind.Getter),
            new JsClassMethod(Str("Items"), new JsFunction(null, [], Block(Stmt(new JsYield(Num(1)))), IsGenerator: true)),
            new JsClassMethod(Str("Load"), new JsFunction(null, [new JsParameter("url"), new JsParameter("rest", IsRest: true)],
                Block(Return(new JsAwait(Call(Id("fetch"), Id("url"))))), IsAsync: true), IsStatic: true),
        ]);
        var expected = """
            let a = 1;

            class Greeter extends Base {
              static $name = "Greeter";
              constructor(n) {
                super();
                this.n = n;
              }
              get Count() { return this.n; }
              *Items() { yield 1; }
              static async Load(url, ...rest) { return await fetch(url); }
            }

            a = 2;

            """;
        Assert.Equal(Tabbed(expected), Print(Let("a", Num(1)), new JsClassDeclaration(greeter), Stmt(Assign(Id("a"), Num(2)))));
    }

    [Fact]
    public void Control_flow_prints_one_simple_statement_bare_and_other_bodies_as_blocks_with_else_if_chains()
    {
        var ifChain = new JsIf(Id("a"), Stmt(Call(Id("f"))), new JsIf(Id("b"), Block(Return(Num(1))), Block(Return(Num(2)))));
        var rawBody = new JsWhile(Id("c"), Block(Stmt(new JsRaw("g(); h()"))));
        var loop = new JsLabeled("outer", new JsForOf("const", "x", Id("xs"), Block(
            new JsSwitch(Id("x"), [
                new JsSwitchCase(Num(1), [new JsContinue("outer")]),
                new JsSwitchCase(null, [new JsBreak("outer")]),
            ]))));
        var tryStatement = new JsTry(Block(new JsThrow(new JsNew(new JsRuntimeRef("$Exception"), [Str("x")]))),
            "e", Block(Stmt(Assign(Id("e"), Call(new JsRuntimeRef("$toException"), Id("e"))))), Block(new JsComment("cleanup")));
        var doWhile = new JsDoWhile(Stmt(new JsUpdate("++", Id("i"), Prefix: false)), Bin("<", Id("i"), Num(3)));
        var expected = """
            if (a) f(); else if (b) return 1; else return 2;
            while (c) { g(); h(); }
            outer: for (const x of xs) {
              switch (x) {
                case 1:
                  continue outer;
                default:
                  break outer;
              }
            }
            try { throw new $Exception("x"); } catch (e) { e = $toException(e); } finally {
              // cleanup
            }
            do { i++; } while (i < 3);

            """;
        Assert.Equal(Tabbed(expected), Print(ifChain, rawBody, loop, tryStatement, doWhile));
    }

    [Fact]
    public void Runtime_names_used_by_references_and_by_raw_template_text_are_collected()
    {
        var writer = new JsWriter();
        var printer = new JsPrinter(writer, name => name is "$List" or "$idiv");
        printer.PrintStatement(Stmt(Call(new JsRuntimeRef("$format"), new JsRaw("@idiv({0}, 2) + new @List() + '@other' + $List.x", IsPrimary: true))));
        Assert.Equal("$format($idiv({0}, 2) + new $List() + '@other' + $List.x);\n", writer.ToString());
        Assert.Equal(["$List", "$format", "$idiv"], printer.RuntimeNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Printed_program_with_every_statement_kind_is_valid_javascript_for_node()
    {
        using var temp = new TempFolder();
        var body = new JsStatement[]
        {
            new JsFunctionDeclaration(new JsFunction("gen", [], Block(Stmt(new JsYield(Num(1))), Stmt(new JsYield(new JsArrayLiteral([Num(2), Num(3)]), Delegate: true))), IsGenerator: true)),
            new JsVariableDeclaration("const", [new JsVariableDeclarator("out", new JsArrayLiteral([]))]),
            new JsForOf("const", "v", Call(Id("gen")), Stmt(Call(Dot(Id("out"), "push"), Id("v")))),
            new JsFor(Let("i", Num(0)), Bin("<", Id("i"), Num(2)), new JsUpdate("++", Id("i"), false), Stmt(Call(Dot(Id("out"), "push"), Un("-", Id("i"))))),
            new JsForIn("const", "k", Obj(("z", Num(1))), Stmt(Call(Dot(Id("out"), "push"), Id("k")))),
            new JsWhile(new JsBooleanLiteral(false), new JsEmpty()),
            new JsLabeled("done", Block(new JsBreak("done"), Stmt(Call(Dot(Id("out"), "push"), Str("never"))))),
            Stmt(Dot(Obj(("a", Num(1))), "a")),
            Stmt(Call(Dot(Id("console"), "log"), Call(Dot(Id("out"), "join"), Str(","))))
        };
        var writer = new JsWriter();
        new JsPrinter(writer).PrintProgram(body);
        var outcome = Processes.Node(temp.Write("all.mjs", writer.ToString()));
        Assert.Equal("", outcome.StdErr);
        Assert.Equal("1,2,3,0,-1,z", outcome.StdOut.Trim());
    }
}

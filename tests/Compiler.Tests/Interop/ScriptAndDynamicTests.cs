namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary><c>Script.Write</c> (expression and statement forms, numbered holes) and <c>dynamic</c> as plain JS member
/// access, calls, indexers, assignments and operators.</summary>
public sealed class ScriptAndDynamicTests
{
    private const string Source = """
        using System;
        using H5;

        public static class Program
        {
            public static void Main()
            {
                var sum = Script.Write<int>("{0} + {1}", 2, 3);
                Console.WriteLine(sum * 2);
                var items = Script.Write<string[]>("[{0}, {1}].map((x) => x.toUpperCase())", "a", "b");
                Console.WriteLine(string.Join(",", items));
                Script.Write("globalThis.marker = {0}", "set by a statement");
                Console.WriteLine(Script.Write<string>("globalThis.marker"));

                dynamic d = Script.Write<object>("({ a: { b: 2 }, twice(x) { return x * 2; }, list: [5, 6], name: 'js' })");
                int b = d.a.b;
                int twice = d.twice(21);
                int second = d.list[1];
                string name = d.name;
                Console.WriteLine(b + " " + twice + " " + second + " " + name);
                d.a.b = 10;
                d.list[0] = 50;
                d.added = "new";
                Console.WriteLine((int)d.a.b + " " + (int)d.list[0] + " " + (string)d.added);
                dynamic total = d.a.b + 5;
                dynamic text = d.name + "!";
                bool bigger = d.a.b > 3;
                Console.WriteLine((int)total + " " + (string)text + " " + bigger);
                bool missing = d.nothing == null;
                bool present = d.name != null;
                dynamic negated = -d.a.b;
                d.a.b += 2;
                d.a.b++;
                Console.WriteLine(missing + " " + present + " " + (int)negated + " " + (int)d.a.b);
            }
        }
        """;

    private static readonly Lazy<InteropRun> Ran = new(() => InteropRun.Run(Source));

    [Fact]
    public void Script_write_inlines_its_text_with_numbered_holes_as_expressions()
    {
        var run = Ran.Value;
        Assert.Contains("2 + 3", run.JavaScript);
        Assert.Equal("10", run.Lines[0]);
        Assert.Equal("A,B", run.Lines[1]);
    }

    [Fact]
    public void Script_write_as_a_statement_keeps_its_hole_values()
    {
        var run = Ran.Value;
        Assert.Contains("globalThis.marker = \"set by a statement\"", run.JavaScript);
        Assert.Equal("set by a statement", run.Lines[2]);
    }

    [Fact]
    public void Dynamic_member_access_calls_and_indexers_are_plain_javascript()
    {
        var run = Ran.Value;
        Assert.Contains("d.twice(21)", run.JavaScript);
        Assert.Contains("d.list[1]", run.JavaScript);
        Assert.Equal("2 42 6 js", run.Lines[3]);
    }

    [Fact]
    public void A_missing_dynamic_member_equals_null_and_unary_and_compound_operators_work()
    {
        Assert.Equal("True True -10 13", Ran.Value.Lines[6]);
    }

    [Fact]
    public void Dynamic_assignments_and_operators_act_on_the_javascript_values()
    {
        var run = Ran.Value;
        Assert.Contains("d.added = \"new\"", run.JavaScript);
        Assert.Equal("10 50 new", run.Lines[4]);
        Assert.Equal("15 js! True", run.Lines[5]);
    }
}

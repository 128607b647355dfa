namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>[Template] on methods, constructors, properties, accessors and indexers, with {this}, {param}, {*params},
/// ref/out, named and optional arguments and {T}.</summary>
public sealed class TemplateTests
{
    private const string Source = """
        using System;
        using H5;

        [External]
        public class Bag
        {
            [Template("new Map()")] public extern Bag();
            [Template("{this}.set({key}, {value})")] public extern Bag Put(string key, int value);
            public extern int Count { [Template("{this}.size")] get; }
            public extern int this[string key] { [Template("({this}.get({key}) ?? -1)")] get; [Template("{this}.set({key}, {value})")] set; }
            [Template("{this}.size * {factor}")] public extern int Scaled(int factor);
        }

        public static class Js
        {
            [Template("Math.max({*values})")] public static extern double Max(params double[] values);
            [Template("[{first}, {*rest}].join(\"|\")")] public static extern string Join(string first, params string[] rest);
            [Template("({a} - {b})")] public static extern int Minus(int a, int b = 1);
            [Template("(({result}).v = {x} * 2, true)")] public static extern bool TryDouble(int x, out int result);
            [Template("(({counter}).v += {by})")] public static extern int Bump(ref int counter, int by);
            [Template("@defaultOf({T})")] public static extern T DefaultOf<T>();
            [Template("{T}.$name")] public static extern string NameOf<T>();
            [Template("typeof {value}")] public static extern string TypeOf(object? value);
            [Template("{value} + {value}")] public static extern int Twice(int value);
        }

        public sealed class Sample { }

        public sealed class Scaled
        {
            public int X;
            [Template("({ X: {x} * 10 })")] public Scaled(int x) { X = x; }
        }

        public static class Program
        {
            static int calls;
            static int Next() => ++calls;

            public static void Main()
            {
                var bag = new Bag().Put("a", 1).Put("b", 2);
                bag["c"] = 3;
                Console.WriteLine(bag.Count + " " + bag["c"] + " " + bag["zz"] + " " + bag.Scaled(10));
                var numbers = new double[] { 4, 9, 2 };
                Console.WriteLine(Js.Max(1, 5, 3) + " " + Js.Max(numbers) + " " + Js.Max());
                Console.WriteLine(Js.Join("a", "b", "c") + " " + Js.Join("x"));
                Console.WriteLine(Js.Minus(10) + " " + Js.Minus(b: 3, a: 10));
                var ok = Js.TryDouble(21, out var doubled);
                var counter = 5;
                Js.Bump(ref counter, 2);
                Console.WriteLine(ok + " " + doubled + " " + counter);
                Console.WriteLine(Js.DefaultOf<int>() + " " + (Js.DefaultOf<string>() == null) + " " + Js.DefaultOf<bool>() + " " + Js.NameOf<Sample>());
                Console.WriteLine(Js.TypeOf("s") + " " + Js.TypeOf(null) + " " + Js.TypeOf(1.5));
                Console.WriteLine(Js.Twice(Next()) + " " + calls);
                Console.WriteLine(new Scaled(2).X);
            }
        }
        """;

    private static readonly Lazy<InteropRun> Ran = new(() => InteropRun.Run(Source));

    [Fact]
    public void This_and_parameter_holes_take_the_receiver_and_arguments()
    {
        var run = Ran.Value;
        Assert.Contains("new Map().set(\"a\", 1).set(\"b\", 2)", run.JavaScript);
        Assert.Equal("3 3 -1 30", run.Lines[0]);
    }

    [Fact]
    public void A_params_hole_spreads_literal_arguments_inline_and_an_array_variable_with_spread_syntax()
    {
        var run = Ran.Value;
        Assert.Contains("Math.max(1, 5, 3)", run.JavaScript);
        Assert.Contains("Math.max(...numbers)", run.JavaScript);
        Assert.Equal("5 9 -Infinity", run.Lines[1]);
        Assert.Equal("a|b|c x", run.Lines[2]);
    }

    [Fact]
    public void Optional_and_named_arguments_fill_their_holes_by_parameter()
    {
        var run = Ran.Value;
        Assert.Contains("(10 - 1)", run.JavaScript);
        Assert.Equal("9 7", run.Lines[3]);
    }

    [Fact]
    public void Ref_and_out_holes_are_reference_objects_whose_v_is_the_variable()
    {
        Assert.Equal("True 42 7", Ran.Value.Lines[4]);
    }

    [Fact]
    public void A_type_parameter_hole_is_the_type_argument_s_runtime_type()
    {
        Assert.Equal("0 True False Sample", Ran.Value.Lines[5]);
        Assert.Equal("string object number", Ran.Value.Lines[6]);
    }

    [Fact]
    public void A_template_on_a_user_constructor_replaces_the_construction()
    {
        Assert.Contains("X: 2 * 10", Ran.Value.JavaScript);
        Assert.Equal("20", Ran.Value.Lines[8]);
    }

    [Fact]
    public void A_hole_used_twice_evaluates_its_argument_once()
    {
        Assert.Equal("2 1", Ran.Value.Lines[7]);
    }
}

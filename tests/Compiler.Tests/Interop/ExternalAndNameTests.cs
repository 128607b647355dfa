namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>[External] (class and member), [Name] on types, methods, properties and fields, [Convention] and
/// [ExpandParams]: the emitted names, and what they do in node.</summary>
public sealed class ExternalAndNameTests
{
    private const string Source = """
        using System;
        using H5;

        [External, Name("Math")]
        public static class JsMath
        {
            [Name("max")] public static extern double Biggest(double a, double b);
            public static extern double PI { get; }
        }

        [External, Convention(Notation.CamelCase)]
        public class Map
        {
            public extern Map();
            public extern Map Set(string key, int value);
            public extern int Get(string key);
            public extern int Size { get; }
            [Name("has")] public extern bool Contains(string key);
        }

        [External, Name("Array")]
        public class JsArray
        {
            public extern JsArray();
            [Name("push"), ExpandParams] public extern int Push(params object[] items);
            [Name("push")] public extern int PushAsOne(params object[] items);
            [Name("length")] public extern int Length { get; }
        }

        [Name("Renamed")]
        public class Widget
        {
            [Name("size")] public int Size = 3;
            [Name("label")] public string Label { get; set; } = "w";
            [Name("grow")] public int Grow(int by) => Size += by;
            [External] public extern int FromJs { get; }
            [External, Name("hostMethod")] public extern string Host();
        }

        [Convention(Notation.CamelCase)]
        public sealed class Account : IDisposable
        {
            public int Balance { get; private set; }
            public string Owner = "ann";
            public void Deposit(int amount) => Balance += amount;
            public void Deposit(string amount) => Balance += int.Parse(amount);
            public void Dispose() => Balance = -1;
            public override string ToString() => Owner + ":" + Balance;
        }

        public static class Program
        {
            public static void Main()
            {
                Console.WriteLine(JsMath.Biggest(2, 7) + " " + (JsMath.PI > 3.14));
                var map = new Map().Set("a", 1).Set("b", 2);
                Console.WriteLine(map.Size + " " + map.Get("b") + " " + map.Contains("a") + " " + map.Contains("z"));
                var array = new JsArray();
                array.Push(1, 2, 3);
                var more = new object[] { 4, 5 };
                array.Push(more);
                Console.WriteLine(array.Length + " " + array.PushAsOne(6, 7));
                var widget = new Widget();
                widget.Grow(4);
                Console.WriteLine(widget.Size + " " + widget.Label + " " + widget.GetType().Name);
                Console.WriteLine(Script.Write<string>("Object.keys({0}).join()", widget));
                var fromJs = Script.Write<Widget>("Object.assign(new Renamed(), { FromJs: 42, hostMethod() { return 'host:' + this.size; } })");
                Console.WriteLine(fromJs.FromJs + " " + fromJs.Host());
                var account = new Account();
                account.Deposit(5);
                account.Deposit("7");
                Console.WriteLine(account + " " + Script.Write<string>("Object.keys({0}).join()", account) + " " + Script.Write<bool>("typeof {0}.deposit === 'function'", account));
                using (account) { }
                Console.WriteLine(account.Balance);
            }
        }
        """;

    private static readonly Lazy<InteropRun> Ran = new(() => InteropRun.Run(Source));

    [Fact]
    public void External_members_are_called_by_their_javascript_names()
    {
        var run = Ran.Value;
        Assert.Contains("Math.max(2, 7)", run.JavaScript);
        Assert.Contains("Math.PI", run.JavaScript);
        Assert.Contains("new Map().set(\"a\", 1).set(\"b\", 2)", run.JavaScript);
        Assert.Equal("7 True", run.Lines[0]);
        Assert.Equal("2 2 True False", run.Lines[1]);
    }

    [Fact]
    public void Expand_params_spreads_the_array_and_without_it_the_array_is_one_argument()
    {
        var run = Ran.Value;
        Assert.Contains(".push(1, 2, 3)", run.JavaScript);
        Assert.Contains(".push(...more)", run.JavaScript);
        Assert.Contains(".push([6, 7])", run.JavaScript);
        Assert.Equal("5 6", run.Lines[2]);
    }

    [Fact]
    public void Name_renames_a_user_class_and_its_members_but_not_the_csharp_type_name()
    {
        var run = Ran.Value;
        Assert.Contains("class Renamed", run.JavaScript);
        Assert.DoesNotContain("class Widget", run.JavaScript);
        Assert.Equal("7 w Widget", run.Lines[3]);
        Assert.Equal("size,label", run.Lines[4]);
    }

    [Fact]
    public void Convention_on_a_user_class_renames_its_own_members_but_not_overrides_or_library_interface_members()
    {
        var run = Ran.Value;
        Assert.Contains("Dispose()", run.JavaScript);
        Assert.Equal("ann:12 balance,owner True", run.Lines[6]);
        Assert.Equal("-1", run.Lines[7]);
    }

    [Fact]
    public void External_members_of_a_user_class_are_not_emitted_and_are_read_from_javascript()
    {
        var run = Ran.Value;
        Assert.DoesNotContain("get FromJs", run.JavaScript);
        Assert.DoesNotContain("hostMethod()", run.JavaScript[..run.JavaScript.IndexOf("static Main", StringComparison.Ordinal)]);
        Assert.Equal("42 host:3", run.Lines[5]);
    }
}

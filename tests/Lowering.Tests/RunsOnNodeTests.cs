using System.Diagnostics;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Compiler.Lowering.Tests;

/// <summary>Lowering decisions checked by running the compiled program on node 22.</summary>
public sealed class RunsOnNodeTests
{
    private static string Run(string source)
    {
        var result = CompilerPipeline.Compile([new SourceText("Program.cs", source)]);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(Path.GetTempPath(), $"lowering-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(path, result.JavaScript);
        try
        {
            var start = new ProcessStartInfo(RepoPaths.Node, [path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEnd();
            Assert.True(node.WaitForExit(30_000), "node did not finish");
            Assert.True(node.ExitCode == 0, errors);
            return output.Result.Replace("\r\n", "\n");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Numeric_arrays_are_typed_arrays_and_other_arrays_stay_js_arrays()
    {
        var output = Run("""
            using System; using System.Linq; using System.Text; using H5;
            class P {
                static string Kind(object a) => Script.Write<string>("Object.prototype.toString.call({0}).slice(8, -1)", a);
                static int[] Many(params int[] xs) => xs;
                static void Main() {
                    Console.Write(string.Join(" ", new object[] {
                        new byte[2], new sbyte[] { 1 }, new short[1], new ushort[1], new int[1], new uint[] { 1u }, new float[1], new double[1],
                        "ab".ToCharArray(), new bool[1], new long[1], new string[1], Many(1, 2), Enumerable.Range(0, 3).ToArray(),
                        Encoding.UTF8.GetBytes("x"), Convert.FromBase64String("AA=="), Array.Empty<double>() }.Select(Kind)));
                }
            }
            """);
        Assert.Equal("Uint8Array Int8Array Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array "
            + "Uint16Array Array Array Array Int32Array Int32Array Uint8Array Uint8Array Float64Array", output);
    }

    [Fact]
    public void Closures_share_a_for_variable_but_get_a_fresh_foreach_variable()
    {
        var output = Run("""
            using System; using System.Collections.Generic;
            class P { static void Main() {
                var fs = new List<Func<int>>();
                for (int i = 0; i < 3; i++) fs.Add(() => i);
                foreach (var j in new[] { 0, 1, 2 }) fs.Add(() => j);
                foreach (var f in fs) Console.Write(f());
            } }
            """);
        Assert.Equal("333012", output);
    }

    [Fact]
    public void A_static_constructor_runs_on_first_use_after_earlier_output()
    {
        var output = Run("""
            using System;
            static class Config { public static int Port; static Config() { Console.Write("init "); Port = 8080; } }
            class P { static void Main() { Console.Write("start "); Console.Write(Config.Port); } }
            """);
        Assert.Equal("start init 8080", output);
    }

    [Fact]
    public void Goto_forward_and_backward_and_goto_case_run_like_csharp()
    {
        var output = Run("""
            using System;
            class P {
                static string Name(int n) { switch (n) { case 0: return "zero"; case -1: goto case 0; default: return "other"; } }
                static void Main() {
                    int n = 0;
                again:
                    n++;
                    if (n < 3) goto again;
                    for (int i = 0; i < 10; i++) for (int j = 0; j < 10; j++) if (i * j == 6) { Console.Write($"{i}{j} "); goto done; }
                done:
                    Console.Write(n + " " + Name(-1));
                }
            }
            """);
        Assert.Equal("16 3 zero", output);
    }

    [Fact]
    public void Generic_type_arguments_reach_default_and_typeof_at_run_time()
    {
        var output = Run("""
            using System;
            class Box<T> { public T Value; public string Kind() => typeof(T).Name; }
            class P {
                static T Def<T>() => default!;
                static void Main() { Console.Write($"{Def<int>()} {Def<string>() ?? "null"} {new Box<int>().Value} {new Box<string>().Kind()}"); }
            }
            """);
        Assert.Equal("0 null 0 String", output);
    }

    [Fact]
    public void Integer_arithmetic_wraps_truncates_and_checks_like_dotnet()
    {
        var output = Run("""
            using System;
            class P { static void Main() {
                int max = int.MaxValue; max++; uint u = 0; u--; long l = long.MaxValue; l++;
                Console.Write($"{max} {u} {l} {-7 / 2} {-7 % 3} {unchecked((byte)(max + 300))} {(int)-3.9} ");
                try { int z = 0; Console.Write(1 / z); } catch (DivideByZeroException) { Console.Write("div0 "); }
                try { checked { int c = int.MaxValue; c += 1; } } catch (OverflowException) { Console.Write("overflow"); }
            } }
            """);
        Assert.Equal("-2147483648 4294967295 -9223372036854775808 -3 -1 44 -3 div0 overflow", output);
    }

    [Fact]
    public void Script_write_as_a_statement_that_is_not_an_expression_keeps_its_arguments()
    {
        var output = Run("""
            using H5;
            class P { static void Main() {
                var flag = 2 > 1;
                var word = "yes";
                Script.Write("if ({0}) process.stdout.write({1} + '!');", flag, word);
            } }
            """);
        Assert.Equal("yes!", output);
    }
}

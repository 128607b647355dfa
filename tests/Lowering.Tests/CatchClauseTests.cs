using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Lowering.Tests;

/// <summary>How catch clauses are lowered (their behaviour is checked by the Exceptions_* differential programs).</summary>
public sealed class CatchClauseTests
{
    private static string Compile(string source)
    {
        var result = CompilerPipeline.Compile([new SourceText("Program.cs", source)]);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript;
    }

    [Fact]
    public void A_catch_that_never_reads_its_exception_binds_nothing_and_one_that_rethrows_or_reads_it_normalises_it()
    {
        var js = Compile("""
            using System;
            class Program {
                static int Ignore(string s) { try { return int.Parse(s); } catch { return -1; } }
                static int IgnoreException(string s) { try { return int.Parse(s); } catch (Exception) { return -2; } }
                static int Rethrow(string s) { try { return int.Parse(s); } catch { Console.WriteLine("bad"); throw; } }
                static string Read(string s) { try { return int.Parse(s).ToString(); } catch (Exception e) { return e.Message; } }
                static void Main() { Console.WriteLine(Ignore("x") + IgnoreException("y") + Read("z")); try { Rethrow("w"); } catch (FormatException) { } }
            }
            """);
        Assert.Contains("catch { return -1; }", js);
        Assert.Contains("catch { return -2; }", js);
        Assert.Matches(@"catch \((\$e\d+)\) \{\n\t+\1 = \$toException\(\1\);\n\t+\$Console\.WriteLine\(""bad""[^\n]*\n\t+throw \1;", js);
        Assert.Matches(@"catch \((\$e\d+)\) \{\n\t+\1 = \$toException\(\1\);\n\t+let e = \1;", js);
    }
}

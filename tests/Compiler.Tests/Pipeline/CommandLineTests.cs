using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Pipeline;

public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void No_arguments_is_a_usage_error_that_shows_the_usage()
    {
        var (exit, _, err) = Run();
        Assert.Equal(2, exit);
        Assert.Contains("cs2js: no input", err);
        Assert.Contains("usage: cs2js <project.csproj | file.cs ...> -o <out.mjs>", err);
    }

    [Fact]
    public void A_missing_output_option_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var (exit, _, err) = Run(temp.Write("A.cs", "class A {}"));
        Assert.Equal(2, exit);
        Assert.Contains("no output: give -o <out.mjs>", err);
    }

    [Fact]
    public void A_missing_input_file_or_unknown_option_is_a_usage_error_naming_it()
    {
        var missing = Run("Nope.cs", "-o", "out.mjs");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("input not found: Nope.cs", missing.Err);

        var unknown = Run("--fast", "A.cs", "-o", "out.mjs");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("unknown option --fast", unknown.Err);

        var dangling = Run("A.cs", "-o");
        Assert.Equal(2, dangling.Exit);
        Assert.Contains("-o needs a file name", dangling.Err);
    }

    [Fact]
    public void Mixing_a_project_with_cs_files_or_passing_other_files_is_refused()
    {
        using var temp = new TempFolder();
        var project = temp.Write("A.csproj", "<Project />");
        var cs = temp.Write("A.cs", "class A {}");
        var text = temp.Write("A.txt", "x");
        Assert.Contains("not both", Run(project, cs, "-o", "o.mjs").Err);
        Assert.Contains("not a .cs or .csproj file", Run(text, "-o", "o.mjs").Err);
    }

    [Fact]
    public void Help_prints_the_usage_and_succeeds()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.StartsWith("usage: cs2js", output);
    }

    [Fact]
    public void The_compiled_cli_exits_with_2_and_explains_when_run_without_arguments()
    {
        var outcome = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "cs2js.dll")]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cs2js: no input", outcome.StdErr);
    }
}

using EdgeMirror.TestSupport;

namespace EdgeMirror.Compiler.Tests.Pipeline;

/// <summary>A project that imports compiler/build/Cs2Js.targets gets its JavaScript from `dotnet build`.
/// The sample builds against this test's own cs2js.dll (Cs2JsCompilerDll) so the test does not rebuild
/// the compiler; the default path builds compiler/Compiler.csproj as a project reference instead.</summary>
public sealed class MsBuildTargetsTests
{
    private static string Targets => Path.Combine(RepoPaths.Root, "compiler", "build", "Cs2Js.targets");
    private static string CompilerDll => Path.Combine(AppContext.BaseDirectory, "cs2js.dll");

    private static TempFolder SampleProject(string? extraSource = null)
    {
        var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples", "BuildSample")))
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        if (extraSource is not null) temp.Write("Extra.cs", extraSource);
        temp.Write("Sample.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <Cs2JsOutput>$(MSBuildProjectDirectory)/web/app.mjs</Cs2JsOutput>
              </PropertyGroup>
              <Import Project="{Targets}" />
            </Project>
            """);
        return temp;
    }

    private static ProcessOutcome Build(TempFolder project) =>
        Processes.Run("dotnet", ["build", Path.Combine(project.Path, "Sample.csproj"), "-nologo", "-p:Cs2JsCompilerDll=" + CompilerDll],
            project.Path, TimeSpan.FromMinutes(5));

    [Fact]
    public void Dotnet_build_writes_the_module_and_map_that_node_runs()
    {
        using var project = SampleProject();
        var build = Build(project);
        Assert.True(build.ExitCode == 0, build.StdOut + build.StdErr);
        var module = Path.Combine(project.Path, "web", "app.mjs");
        Assert.True(File.Exists(module + ".map"));
        Assert.Contains($"Sample -> {module}", build.StdOut);
        var run = Processes.Node(module);
        Assert.Equal("built by msbuild", run.StdOut.Trim());
    }

    [Fact]
    public void Compiler_errors_fail_the_build_with_file_line_and_column()
    {
        const string money = "public static class Money { public static decimal Zero() => 0; }\n";
        using var project = SampleProject(money);
        var build = Build(project);
        Assert.NotEqual(0, build.ExitCode);
        var extra = Path.Combine(project.Path, "Extra.cs");
        Assert.Contains($"{extra}(1,{money.IndexOf("decimal", StringComparison.Ordinal) + 1}): error CS2JS0011: ", build.StdOut);
        Assert.False(File.Exists(Path.Combine(project.Path, "web", "app.mjs")));
    }
}

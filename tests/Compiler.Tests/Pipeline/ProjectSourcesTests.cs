using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Pipeline;

public sealed class ProjectSourcesTests
{
    [Fact]
    public void A_project_compiles_every_cs_file_below_it_except_bin_obj_and_hidden_folders()
    {
        using var temp = new TempFolder();
        var project = temp.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        temp.Write("app/Program.cs", "class P {}");
        temp.Write("app/Routing/Routes.cs", "class R {}");
        temp.Write("app/bin/Debug/Gen.cs", "x");
        temp.Write("app/obj/Gen.cs", "x");
        temp.Write("app/.hidden/Gen.cs", "x");
        temp.Write("app/notes.txt", "x");

        var files = ProjectSources.Read(project).Select(s => Path.GetRelativePath(temp.Path, s.Path).Replace('\\', '/'));
        Assert.Equal(["app/Program.cs", "app/Routing/Routes.cs"], files);
    }

    [Fact]
    public void Compile_remove_and_include_items_are_honoured_in_document_order()
    {
        using var temp = new TempFolder();
        var project = temp.Write("app/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <Compile Remove="Tests/**" />
                <Compile Remove="Legacy.cs" />
                <Compile Include="../shared/**/*.cs" Exclude="../shared/**/*.Designer.cs" />
                <Compile Include="$(SomewhereElse)/X.cs" />
              </ItemGroup>
            </Project>
            """);
        temp.Write("app/Program.cs", "class P {}");
        temp.Write("app/Legacy.cs", "class L {}");
        temp.Write("app/Tests/T.cs", "class T {}");
        temp.Write("shared/Util/Text.cs", "class U {}");
        temp.Write("shared/Form.Designer.cs", "class D {}");

        var files = ProjectSources.Read(project).Select(s => Path.GetRelativePath(temp.Path, s.Path).Replace('\\', '/'));
        Assert.Equal(["app/Program.cs", "shared/Util/Text.cs"], files);
    }

    [Fact]
    public void Disabling_default_compile_items_leaves_only_the_explicit_ones()
    {
        using var temp = new TempFolder();
        var project = temp.Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><EnableDefaultCompileItems>false</EnableDefaultCompileItems></PropertyGroup>
              <ItemGroup><Compile Include="src/Main.cs" /></ItemGroup>
            </Project>
            """);
        temp.Write("src/Main.cs", "class M {}");
        temp.Write("Other.cs", "class O {}");
        var source = Assert.Single(ProjectSources.Read(project));
        Assert.Equal(Path.Combine(temp.Path, "src", "Main.cs"), source.Path);
        Assert.Equal("class M {}", source.Text);
    }
}

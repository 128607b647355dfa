using System.Text.RegularExpressions;
using EdgeMirror.Compiler.Bcl;
using EdgeMirror.Compiler.Linker;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EdgeMirror.Runtime.Tests;

/// <summary>The BCL table is only useful if its keys are real .NET symbols, its holes real parameter
/// names and its @names real runtime exports: a typo in any of them would silently never match.</summary>
public sealed partial class BclTableTests
{
    // The framework assemblies the compiler's front end binds user code against (see FrontEnd/RoslynFrontEnd.cs).
    private static readonly Lazy<CSharpCompilation> Framework = new(() =>
    {
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        var references = tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("bcl-probe", references: references);
    });

    [GeneratedRegex(@"\{\*?([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex RuntimeName();

    [GeneratedRegex(@"^export\s+(?:async\s+)?(?:function\s*\*?|class|const|let)\s*(\$[\w$]+)", RegexOptions.Multiline)]
    private static partial Regex ExportDeclaration();

    [Fact]
    public void Every_member_id_names_a_real_framework_member()
    {
        var missing = BclTable.Members.Keys
            .Where(id => DocumentationCommentId.GetFirstSymbolForDeclarationId(id, Framework.Value) is null)
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not found in the framework:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_type_id_names_a_real_framework_type()
    {
        var missing = BclTable.Types.Keys
            .Where(id => DocumentationCommentId.GetFirstSymbolForDeclarationId(id, Framework.Value) is not ITypeSymbol)
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not found in the framework:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_template_hole_is_this_or_a_parameter_or_type_parameter_of_its_member()
    {
        var problems = new List<string>();
        foreach (var (id, template) in BclTable.Members)
        {
            var symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, Framework.Value);
            if (symbol is null) continue; // reported by the test above
            var allowed = new HashSet<string>(StringComparer.Ordinal);
            if (symbol is IMethodSymbol method)
            {
                foreach (var p in method.Parameters) allowed.Add(p.Name);
                foreach (var t in method.TypeParameters.Concat(method.ContainingType.TypeParameters)) allowed.Add(t.Name);
                if (!method.IsStatic && method.MethodKind != MethodKind.Constructor) allowed.Add("this");
            }
            foreach (Match m in Hole().Matches(template))
                if (!allowed.Contains(m.Groups[1].Value))
                    problems.Add($"{id}: {{{m.Groups[1].Value}}} is not one of [{string.Join(", ", allowed)}] in \"{template}\"");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_runtime_name_the_table_uses_is_exported_by_a_runtime_file()
    {
        var exported = Directory.GetFiles(NodeProcess.RuntimeDirectory, "*.mjs")
            .SelectMany(f => ExportDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var used = BclTable.Members.Values.SelectMany(t => RuntimeName().Matches(t).Select(m => "$" + m.Groups[1].Value))
            .Concat(BclTable.Types.Values)
            .Distinct(StringComparer.Ordinal);
        var missing = used.Where(n => !exported.Contains(n) || !RuntimeLibrary.Embedded.Declares(n)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not exported by compiler/Runtime/*.mjs: " + string.Join(", ", missing));
    }

    [Fact]
    public void Runtime_names_are_declared_by_one_file_only()
    {
        Assert.True(RuntimeLibrary.Embedded.Duplicates.Count == 0, "declared twice: " + string.Join(", ", RuntimeLibrary.Embedded.Duplicates));
    }
}

using System.Text;
using EdgeMirror.Compiler.Linker;

namespace EdgeMirror.Compiler.Tests.Linker;

/// <summary>The tree shaker against the real runtime: the code kept for any single exported name must
/// load in node (no class extending a dropped base, no top-level statement using a dropped helper).</summary>
public sealed class EmbeddedRuntimeSelectionTests
{
    [Fact]
    public void The_code_selected_for_each_runtime_export_loads_in_node_and_defines_it()
    {
        var runtime = RuntimeLibrary.Embedded;
        var names = runtime.Modules.SelectMany(m => m.Exports).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        using var temp = new TempFolder();
        var driver = new StringBuilder("const failures = [];\n");
        for (var i = 0; i < names.Count; i++)
        {
            var code = string.Concat(runtime.Select([names[i]]).Select(s => s.Code));
            temp.Write($"n{i}.mjs", code + $"\nexport const probe = typeof {names[i]};\n");
            driver.Append($"try {{ const m = await import(\"./n{i}.mjs\"); if (m.probe === \"undefined\") failures.push(\"{names[i]}: undefined\"); }} ")
                  .Append($"catch (e) {{ failures.push(\"{names[i]}: \" + e); }}\n");
        }
        driver.Append("console.log(failures.length === 0 ? \"ok \" + ").Append(names.Count).Append(" : failures.join(\"\\n\"));\n");
        var outcome = Processes.Node(temp.Write("driver.mjs", driver.ToString()));
        Assert.Equal("", outcome.StdErr);
        Assert.Equal($"ok {names.Count}", outcome.StdOut.Trim());
    }

    [Fact]
    public void No_runtime_class_method_is_named_like_a_top_level_runtime_helper()
    {
        // The linker reads `$name(` as a use of the helper $name: a method so named would link that helper for nothing.
        var runtime = RuntimeLibrary.Embedded;
        var methodDeclaration = new System.Text.RegularExpressions.Regex(@"^[ \t]+(?:static[ \t]+)?(?:async[ \t]+)?\*?(\$[\w$]*)\([\w$ ,=.]*\)[ \t]*\{", System.Text.RegularExpressions.RegexOptions.Multiline);
        var clashes = runtime.Modules
            .SelectMany(m => methodDeclaration.Matches(m.Code).Select(x => (m.FileName, Name: x.Groups[1].Value)))
            .Where(x => runtime.Declares(x.Name))
            .Select(x => $"{x.FileName}: {x.Name}")
            .ToList();
        Assert.Empty(clashes);
    }
}

using EdgeMirror.Compiler.Linker;

namespace EdgeMirror.Compiler.Tests.Linker;

public sealed class RuntimeModuleTests
{
    [Fact]
    public void Parsing_strips_imports_and_export_keywords_and_records_declared_names()
    {
        var module = RuntimeModule.Parse("m.mjs",
            "import { $a } from \"./a.mjs\";\nimport {\n  $b,\n  $c,\n} from './b.mjs';\n\nexport function $f() { return $a; }\nexport async function* $g() {}\nexport const $K = 1;\nclass $Hidden {}\nexport class $C extends $Hidden {}\nexport { $Hidden, $f as $alias };\n");
        Assert.Equal(["a.mjs", "b.mjs"], module.Imports);
        Assert.DoesNotContain("import", module.Code);
        Assert.DoesNotContain("export", module.Code);
        Assert.StartsWith("function $f() { return $a; }\n", module.Code);
        Assert.Contains("const $alias = $f;", module.Code);
        Assert.Equal(["$C", "$Hidden", "$K", "$alias", "$f", "$g"], module.Declares.Order(StringComparer.Ordinal));
        Assert.Equal(["$C", "$Hidden", "$K", "$alias", "$f", "$g"], module.Exports.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Private_helpers_of_the_same_name_in_two_modules_are_renamed_apart()
    {
        var runtime = new RuntimeLibrary([
            RuntimeModule.Parse("a.mjs", "function $pad(s) { return \"a\" + s; }\nexport function $fa() { return $pad(1); }\n"),
            RuntimeModule.Parse("b.mjs", "function $pad(s) { return \"b\" + s; }\nexport function $fb() { return $pad(2) + this.$pad; }\n"),
        ]);
        Assert.Empty(runtime.Duplicates);
        var b = runtime.ModuleDeclaring("$fb")!;
        Assert.Contains("function $pad$b(s)", b.Code);
        Assert.Contains("return $pad$b(2) + this.$pad;", b.Code);
        Assert.Contains("function $pad$a(s)", runtime.ModuleDeclaring("$fa")!.Code);
    }

    [Fact]
    public void A_runtime_module_may_not_import_anything_but_sibling_runtime_files()
    {
        var error = Assert.Throws<InvalidDataException>(() => RuntimeModule.Parse("bad.mjs", "import fs from \"node:fs\";\nexport const $x = 1;\n"));
        Assert.Contains("bad.mjs", error.Message);
    }

    [Fact]
    public void The_embedded_runtime_declares_each_name_once_and_every_import_exists()
    {
        var runtime = RuntimeLibrary.Embedded;
        Assert.NotEmpty(runtime.Modules);
        Assert.Empty(runtime.Duplicates);
        var missing = new List<string>();
        runtime.Closure(runtime.Modules.SelectMany(m => m.Declares), missing);
        Assert.Empty(missing);
    }
}

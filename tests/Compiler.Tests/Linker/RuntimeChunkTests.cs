using EdgeMirror.Compiler.Linker;

namespace EdgeMirror.Compiler.Tests.Linker;

public sealed class RuntimeChunkTests
{
    [Fact]
    public void Top_level_statements_split_at_column_zero_with_their_leading_comments()
    {
        const string code = """
            // Adds one.
            function $inc(x) {
              return x + 1;
            }
            const $table = [
            1, 2,
            ];
            /** A class. */
            class $Box {
              get value() { return $inc(this.v) + $table.length + this.$notAReference; }
            }
            $Box.prototype.kind = "box";
            """;
        var chunks = RuntimeChunk.Split(code.ReplaceLineEndings("\n"));
        Assert.Equal(4, chunks.Count);
        Assert.StartsWith("// Adds one.\nfunction $inc", chunks[0].Text);
        Assert.Equal(["$table"], chunks[1].Declares);
        Assert.StartsWith("/** A class. */\nclass $Box", chunks[2].Text);
        Assert.Equal(["$inc", "$table"], chunks[2].References.Order(StringComparer.Ordinal));
        Assert.Empty(chunks[3].Declares);
        Assert.Equal(["$Box"], chunks[3].References);
    }

    [Fact]
    public void Brackets_inside_strings_templates_regexes_and_comments_do_not_confuse_the_split()
    {
        const string code = """
            const $a = "{ not a block";
            const $b = `multi
            ${ $a + `nested ${1}` }
            line }`;
            const $c = /[}{]\/$/g;
            /* { */
            function $d() { return $b + '$fake' + $c; }
            const $e = [...$a, ...$d()];
            """;
        var chunks = RuntimeChunk.Split(code.ReplaceLineEndings("\n"));
        Assert.Equal(["$a", "$b", "$c", "$d", "$e"], chunks.SelectMany(c => c.Declares));
        Assert.Equal(["$a", "$d"], chunks[4].References.Order(StringComparer.Ordinal));
        Assert.Equal(["$a"], chunks[1].References);
        Assert.Equal(["$b", "$c"], chunks[3].References.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Comments_are_dropped_from_runtime_code_but_strings_and_templates_keep_every_character()
    {
        const string code = "// leading\nfunction $f() { // trailing\n  /* block\n  spanning */\n  return \"// not a comment\" + `a\n\n  /* kept */` + /\\/\\//.source;\n}\n";
        Assert.Equal("function $f() { \n  return \"// not a comment\" + `a\n\n  /* kept */` + /\\/\\//.source;\n}\n", RuntimeChunk.WithoutComments(code));
    }

    [Fact]
    public void Runtime_code_is_indented_with_tabs_except_lines_inside_a_template_literal()
    {
        const string code = "class $C {\n  f() {\n     return `a\n    b ${1 +\n      2}`;\n  }\n}\n";
        Assert.Equal("class $C {\n\tf() {\n\t\t return `a\n    b ${1 +\n      2}`;\n\t}\n}\n", RuntimeChunk.IndentedWithTabs(code));
    }

    [Fact]
    public void Selection_keeps_only_the_statements_a_program_reaches()
    {
        var runtime = new RuntimeLibrary([
            RuntimeModule.Parse("base.mjs", "export function $used() { return $helper(); }\nfunction $helper() { return 1; }\nexport function $unused() { return 2; }\n"),
            RuntimeModule.Parse("cls.mjs", "import { $used } from \"./base.mjs\";\nexport class $K { f() { return $used(); } }\n$K.$name = \"K\";\nexport class $Other {}\n$Other.$name = \"Other\";\n"),
        ]);
        var selected = runtime.Select(["$K"]);
        Assert.Equal(["base.mjs", "cls.mjs"], selected.Select(s => s.Module.FileName));
        var all = string.Concat(selected.Select(s => s.Code));
        Assert.Contains("function $used()", all);
        Assert.Contains("function $helper()", all);
        Assert.Contains("$K.$name = \"K\";", all);
        Assert.DoesNotContain("$unused", all);
        Assert.DoesNotContain("$Other", all);
    }
}

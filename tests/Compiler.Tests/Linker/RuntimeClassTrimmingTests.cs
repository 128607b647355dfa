using EdgeMirror.Compiler.Linker;

namespace EdgeMirror.Compiler.Tests.Linker;

public sealed class RuntimeClassTrimmingTests
{
    private static RuntimeLibrary Runtime() => new([
        RuntimeModule.Parse("format.mjs", "export function $format(f) { return $formatHeavy(f); }\nfunction $formatHeavy(f) { return f + \"!\"; }\n"),
        RuntimeModule.Parse("sb.mjs", """
            import { $format } from "./format.mjs";
            export class $Builder {
              static $name = "Builder";
              s = "";
              /** Appends text. */
              Append(x) { this.s += x; return this; }
              AppendFormat(f) { return this.Append($format(f)); }
              Clear() {
                this.s = "";
                return this.$reset();
              }
              $reset() { return this; }
              get Length() { return this.s.length; }
              toString() { return this.s; }
              [Symbol.iterator]() { return this.s[Symbol.iterator](); }
            }
            """.ReplaceLineEndings("\n")),
    ]);

    [Fact]
    public void A_runtime_class_with_comments_above_it_is_trimmed_as_well_and_generator_members_stay_apart()
    {
        var runtime = new RuntimeLibrary([RuntimeModule.Parse("errors.mjs", """
            // What every error carries.
            // A second line of explanation.
            export class $Failure extends Error {
              static $name = "Failure";
              get Detail() { return "detail"; }
              Unused() { return "never named"; }
              *[Symbol.iterator]() { yield 1; }
              *Frames() { yield 2; }
            }
            """.ReplaceLineEndings("\n"))]);
        var code = string.Concat(runtime.Select(["$Failure"], null, "throw new $Failure().Detail;").Select(s => s.Code));
        Assert.Contains("get Detail()", code);
        Assert.DoesNotContain("Unused", code);
        Assert.Contains("*[Symbol.iterator]()", code); // a generator member is a member of its own, not part of the one above
        Assert.DoesNotContain("Frames", code);
    }

    [Fact]
    public void Runtime_class_methods_the_program_never_names_are_left_out_with_what_only_they_use()
    {
        var selected = Runtime().Select(["$Builder"], null, "const b = new $Builder().Append(\"x\"); b.Length;");
        var code = string.Concat(selected.Select(s => s.Code));
        Assert.Equal(["sb.mjs"], selected.Select(s => s.Module.FileName));
        Assert.Contains("Append(x)", code);
        Assert.Contains("get Length()", code);
        Assert.Contains("toString()", code);
        Assert.Contains("[Symbol.iterator]()", code);
        Assert.Contains("s = \"\";", code);
        Assert.DoesNotContain("AppendFormat", code);
        Assert.DoesNotContain("Clear", code);
        Assert.DoesNotContain("$format", code);
    }

    [Fact]
    public void A_kept_method_keeps_the_methods_and_helpers_it_calls()
    {
        var selected = Runtime().Select(["$Builder"], null, "new $Builder().AppendFormat(\"x\").Clear();");
        var code = string.Concat(selected.Select(s => s.Code));
        Assert.Equal(["format.mjs", "sb.mjs"], selected.Select(s => s.Module.FileName));
        Assert.Contains("AppendFormat(f)", code);
        Assert.Contains("Append(x)", code);
        Assert.Contains("$reset() { return this; }", code);
        Assert.Contains("function $formatHeavy(f)", code);
    }

    [Fact]
    public void Without_the_program_text_every_method_stays()
    {
        var code = string.Concat(Runtime().Select(["$Builder"]).Select(s => s.Code));
        Assert.Contains("AppendFormat(f)", code);
        Assert.Contains("Clear()", code);
    }

    [Fact]
    public void Words_inside_the_runtime_s_own_strings_and_comments_keep_no_method()
    {
        var runtime = new RuntimeLibrary([RuntimeModule.Parse("sb.mjs", """
            export class $Builder {
              s = "";
              Remove(i) {
                // Shrinks the Length, as Clear does.
                if (i < 0) throw new Error("Length cannot be less than zero; Clear() first. " + `Clear ${this.$count()}`);
                this.s = this.s.slice(i);
                return this;
              }
              $count() { return this.s.length; }
              get Length() { return this.s.length; }
              Clear() { this.s = ""; return this; }
            }
            """.ReplaceLineEndings("\n"))]);
        var code = string.Concat(runtime.Select(["$Builder"], null, "new $Builder().Remove(1);").Select(s => s.Code));
        Assert.Contains("Remove(i)", code);
        Assert.Contains("$count()", code); // named in code inside a template literal's hole
        Assert.DoesNotContain("get Length()", code);
        Assert.DoesNotContain("Clear() {", code);
    }

    [Fact]
    public void A_static_method_is_kept_by_uses_through_its_class_or_a_subclass_not_by_another_class_s_method_of_that_name()
    {
        var runtime = new RuntimeLibrary([RuntimeModule.Parse("lists.mjs", """
            export class $Items {
              static $from(source) { return new $Items(); }
              static get Empty() { return new $Items(); }
              static Create() { return new $Items(); }
              static Build() { return this.Create(); }
            }
            export class $Pairs {
              static $from(source) { return new $Pairs(); }
            }
            export class $SortedItems extends $Items { }
            """.ReplaceLineEndings("\n"))]);
        string Selected(string program) =>
            string.Concat(runtime.Select(["$Items", "$Pairs", "$SortedItems"], null, program).Select(s => s.Code));

        var code = Selected("$Items.$from([]); $Pairs.$from;");
        Assert.Contains("static $from(source) { return new $Items(); }", code);
        Assert.Contains("static $from(source) { return new $Pairs(); }", code);
        Assert.DoesNotContain("Empty", code);

        code = Selected("$Items.$from([]); $Pairs;");
        Assert.DoesNotContain("new $Pairs(); }", code); // $Items.$from does not keep $Pairs.$from

        code = Selected("$SortedItems.Empty; $Items.Build();");
        Assert.Contains("static get Empty()", code); // inherited by the subclass it is used through
        Assert.Contains("static Create()", code); // called as this.Create(): not attributable, so kept
        Assert.DoesNotContain("$from", code);

        code = Selected("const type = $Pairs; type.$from([]);");
        Assert.Contains("static $from(source) { return new $Pairs(); }", code); // a use through a value keeps every class's
        Assert.Contains("static $from(source) { return new $Items(); }", code);
    }
}

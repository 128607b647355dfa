using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Linker;
using System.Text.RegularExpressions;
using EdgeMirror.Compiler.Printer;

namespace EdgeMirror.Compiler.Passes.TreeShaking;

/// <summary>The words a piece of the program mentions once printed: identifiers, property names and words
/// inside strings and raw template text (with <c>@name</c> resolved to the runtime's <c>$name</c>). Counting
/// every word as a possible use is what makes the shaker safe without symbol information: a member named
/// only inside a string (<c>this[d.typedEquals]</c>, a record's field list) still counts.</summary>
internal sealed partial class CodeWords(RuntimeLibrary runtime)
{
    public Mentions Of(JsStatement statement)
    {
        var writer = new JsWriter();
        new JsPrinter(writer, runtime.Declares).PrintStatement(statement);
        return Mentions.In(writer.ToString());
    }

    public Mentions Of(JsExpression expression)
    {
        var writer = new JsWriter();
        new JsPrinter(writer, runtime.Declares).PrintExpression(expression);
        return Mentions.In(writer.ToString());
    }

    /// <summary>A class member printed alone, in an anonymous class so the enclosing class's name does not count as a use.</summary>
    public Mentions Of(JsClassMember member) =>
        Of(new JsExpressionStatement(new JsClassExpression(new JsClass(null, null, [member]))));

    /// <summary>The words of a piece of code, and those of its names used as values: anything but the object of
    /// a static member access (<c>C.Parse(…)</c>, <c>C.$cinit()</c>). A class only ever used that way has no
    /// instances and is never handed around, so nothing can ask its name (<c>C.$name</c> itself counts as a value use).</summary>
    public sealed record Mentions(IReadOnlySet<string> Words, IReadOnlySet<string> Values)
    {
        public static Mentions In(string code)
        {
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in ValueUse().Matches(code)) values.Add(m.Groups[1].Value);
            return new Mentions(RuntimeLibrary.WordsOf(code, new HashSet<string>(StringComparer.Ordinal)), values);
        }
    }

    // A name not preceded by '.', and not followed by '.member' unless the member is the type's name.
    [GeneratedRegex(@"(?<![\w$.])([A-Za-z_$][\w$]*)(?![\w$])(?!\s*\.\s*(?!\$name\b|\$fullName\b)[A-Za-z_$])")]
    private static partial Regex ValueUse();
}

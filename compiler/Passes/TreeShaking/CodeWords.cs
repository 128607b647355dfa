using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Linker;
using EdgeMirror.Compiler.Printer;

namespace EdgeMirror.Compiler.Passes.TreeShaking;

/// <summary>The words a piece of the program mentions once printed: identifiers, property names and words
/// inside strings and raw template text (with <c>@name</c> resolved to the runtime's <c>$name</c>). Counting
/// every word as a possible use is what makes the shaker safe without symbol information: a member named
/// only inside a string (<c>this[d.typedEquals]</c>, a record's field list) still counts.</summary>
internal sealed class CodeWords(RuntimeLibrary runtime)
{
    public IReadOnlySet<string> Of(JsStatement statement)
    {
        var writer = new JsWriter();
        new JsPrinter(writer, runtime.Declares).PrintStatement(statement);
        return RuntimeLibrary.WordsOf(writer.ToString(), new HashSet<string>(StringComparer.Ordinal));
    }

    public IReadOnlySet<string> Of(JsExpression expression)
    {
        var writer = new JsWriter();
        new JsPrinter(writer, runtime.Declares).PrintExpression(expression);
        return RuntimeLibrary.WordsOf(writer.ToString(), new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>A class member printed alone, in an anonymous class so the enclosing class's name does not count as a use.</summary>
    public IReadOnlySet<string> Of(JsClassMember member) =>
        Of(new JsExpressionStatement(new JsClassExpression(new JsClass(null, null, [member]))));
}

using System.Text.RegularExpressions;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Printer;

/// <summary>Prints the JS AST as readable ES2022 text. Parentheses come from one place — the
/// <see cref="Precedence"/> each position requires — and every node with a C# location gets a
/// source-map segment where its text starts. Runtime names the text uses are collected for the linker.</summary>
public sealed partial class JsPrinter
{
    private readonly JsWriter _out;
    private readonly Func<string, bool> _isRuntimeName;
    private readonly HashSet<string> _runtimeNames = new(StringComparer.Ordinal);

    /// <param name="writer">Where the text goes.</param>
    /// <param name="isRuntimeName">Whether a <c>$name</c> is a runtime export: lets raw template text say
    /// <c>@name</c> and be found as a use. Without it only <see cref="JsRuntimeRef"/> counts.</param>
    public JsPrinter(JsWriter writer, Func<string, bool>? isRuntimeName = null)
    {
        _out = writer;
        _isRuntimeName = isRuntimeName ?? (_ => false);
    }

    /// <summary>The runtime names (<c>$x</c>) printed so far, from runtime references and raw template text.</summary>
    public IReadOnlySet<string> RuntimeNames => _runtimeNames;

    /// <summary>Prints statements, one after another; declarations get a blank line around them at the top level.</summary>
    public void PrintProgram(IReadOnlyList<JsStatement> statements)
    {
        JsStatement? previous = null;
        foreach (var statement in statements)
        {
            if (previous is not null && (IsDeclarationBlock(statement) || IsDeclarationBlock(previous))) _out.NewLine();
            PrintStatement(statement);
            previous = statement;
        }
    }

    public static string Print(JsStatement statement)
    {
        var writer = new JsWriter();
        new JsPrinter(writer).PrintStatement(statement);
        return writer.ToString();
    }

    public static string Print(JsExpression expression)
    {
        var writer = new JsWriter();
        new JsPrinter(writer).PrintExpression(expression);
        return writer.ToString();
    }

    private static bool IsDeclarationBlock(JsStatement statement) =>
        statement is JsFunctionDeclaration or JsClassDeclaration;

    // ---- raw text ----------------------------------------------------------------------------

    private static readonly Regex RuntimeNameInRaw = new(@"(?<![\w$@])([@$])([A-Za-z_][\w$]*)", RegexOptions.CultureInvariant);

    /// <summary>Raw JS from [Template]/Script.Write: <c>@name</c> becomes the runtime's <c>$name</c>, and both spellings are recorded as uses.</summary>
    private string ResolveRaw(string text) =>
        RuntimeNameInRaw.Replace(text, match =>
        {
            var name = "$" + match.Groups[2].Value;
            if (!_isRuntimeName(name)) return match.Value;
            _runtimeNames.Add(name);
            return name;
        });
}

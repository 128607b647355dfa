using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Interpolated strings that C# binds to a handler (<c>sb.Append($"{x,6}")</c> picks
/// <c>Append(ref AppendInterpolatedStringHandler)</c>): JS has no handlers, so the string is built as a
/// plain interpolation and the call goes to the overload that takes a string instead.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The overload of <paramref name="method"/> with <c>string</c> where it takes a handler, or null.</summary>
    private static IMethodSymbol? StringOverloadForHandlers(IMethodSymbol method, IReadOnlyList<IArgumentOperation> arguments)
    {
        if (!arguments.Any(a => a.Value is IInterpolatedStringHandlerCreationOperation)) return null;
        var wanted = method.Parameters.Select(p => p.Type.GetAttributes().Any(IsHandlerAttribute) ? null : p.Type).ToList();
        return method.ContainingType?.GetMembers(method.Name).OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.IsStatic == method.IsStatic && m.Parameters.Length == wanted.Count
            && m.Parameters.Select((p, i) => wanted[i] is null
                ? p.Type.SpecialType == SpecialType.System_String && p.RefKind == RefKind.None
                : SymbolEqualityComparer.Default.Equals(p.Type, wanted[i])).All(x => x));
    }

    private static bool IsHandlerAttribute(AttributeData a) =>
        a.AttributeClass?.ToDisplayString() == "System.Runtime.CompilerServices.InterpolatedStringHandlerAttribute";

    /// <summary>The string a handler would have built.</summary>
    private JsExpression HandlerString(IInterpolatedStringHandlerCreationOperation creation)
    {
        var quasis = new List<string>();
        var expressions = new List<JsExpression>();
        var current = new System.Text.StringBuilder();
        void Add(IOperation content)
        {
            switch (content)
            {
                case IInterpolatedStringAdditionOperation addition:
                    Add(addition.Left);
                    Add(addition.Right);
                    break;
                case IInterpolatedStringOperation parts:
                    foreach (var part in parts.Parts)
                    {
                        if (part is not IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation call }) continue;
                        IOperation? Arg(string name) => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind == ArgumentKind.Explicit)?.Value;
                        if (part.Kind == OperationKind.InterpolatedStringAppendLiteral)
                            current.Append(call.Arguments[0].Value.ConstantValue.Value as string);
                        else
                        {
                            quasis.Add(current.ToString());
                            current.Clear();
                            expressions.Add(InterpolationHole(Arg("value") ?? call.Arguments[0].Value, Arg("alignment"), Arg("format")));
                        }
                    }
                    break;
                default:
                    Unsupported(Support.Unsupported.UnsupportedOperation, content, $"the interpolated string '{Shorten(content.Syntax.ToString())}' is not supported");
                    break;
            }
        }
        Add(creation.Content);
        quasis.Add(current.ToString());
        if (expressions.Count == 0) return new JsStringLiteral(quasis[0]);
        return new JsTemplateLiteral(quasis, expressions);
    }
}

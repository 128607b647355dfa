using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Array and string indexes are checked as .NET checks them (IndexOutOfRangeException): the
/// lowering marks the index with <see cref="JsCheckedIndex"/> and the BoundsChecks pass writes the check
/// inline (or drops it inside a loop that proves the index in range).</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The checked index of <paramref name="array"/> (already evaluated once); a complex
    /// index is evaluated once into <paramref name="setup"/>.</summary>
    private JsExpression CheckedIndex(JsExpression array, JsExpression index, List<JsExpression> setup)
    {
        var i = IsCheapAndPure(index, 3) ? index : Once(index, setup);
        return new JsCheckedIndex(array, i);
    }

    /// <summary>s[i] inline as <c>s.charCodeAt(i &gt;&gt;&gt; 0 &lt; s.length ? i : $throwIndex())</c>: the same bounds check
    /// and IndexOutOfRangeException as an array, without a runtime call per character (a null string fails
    /// on <c>.length</c> with the TypeError that becomes NullReferenceException).</summary>
    private JsExpression StringCharAt(JsExpression receiver, JsExpression index)
    {
        var setup = new List<JsExpression>();
        var s = IsSimpleReceiver(receiver) ? receiver : Once(receiver, setup);
        return Seq(setup, new JsCall(new JsMember(s, "charCodeAt"), [CheckedIndex(s, index, setup)]));
    }

    /// <summary>Integer arithmetic over locals and constants: evaluating it twice is invisible and costs nothing.</summary>
    private static bool IsCheapAndPure(JsExpression e, int depth) => e switch
    {
        JsIdentifier or JsTemp or JsNumberLiteral => true,
        JsMember { Object: JsIdentifier or JsTemp, Name: "length" } => true,
        JsBinary { Operator: "+" or "-" or "|" or "&" or "^" or "<<" or ">>" or ">>>" } b =>
            depth > 0 && IsCheapAndPure(b.Left, depth - 1) && IsCheapAndPure(b.Right, depth - 1),
        _ => false,
    };
}

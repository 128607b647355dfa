namespace EdgeMirror.Compiler.JsAst;

// Nodes the lowering emits for decisions it leaves to the JS-level passes (compiler/Passes/). None of
// them reaches the printer: each pass replaces its own node with concrete JS.

/// <summary>A temporary the lowering needs (a value evaluated once, an old value kept for postfix
/// <c>++</c>…). The Temporaries pass names it (<c>$t0</c>, <c>$t1</c>…), declares it once in the
/// innermost function that uses it, and removes it when nothing reads it.</summary>
public sealed record JsTemp(int Id) : JsExpression;

/// <summary>How a struct copy is made once it is not elided.</summary>
public enum StructCopyKind
{
    /// <summary>A mutable struct: <c>value.$clone()</c>.</summary>
    Clone,
    /// <summary>A readonly struct: its copies share one object, so the copy is the value itself.</summary>
    Shared,
    /// <summary>A value that may be null (boxing an <c>S?</c>, what a library member returned): <c>$cloneValue(value)</c>.</summary>
    MaybeNull,
}

/// <summary>C# copies a struct value here (assignment, argument, return, boxing, foreach variable…).
/// The StructCopies pass makes the copy, or elides it where the value is provably fresh or dead.</summary>
public sealed record JsStructCopy(JsExpression Value, StructCopyKind Kind = StructCopyKind.Clone) : JsExpression;

/// <summary>The index of <c>Array[Index]</c> (or <c>Array.charCodeAt(Index)</c>) checked against
/// <c>Array.length</c>, throwing IndexOutOfRangeException when outside. <see cref="Array"/> and
/// <see cref="Index"/> may be evaluated more than once. The BoundsChecks pass drops the check where a
/// loop proves the index in range and otherwise writes it inline:
/// <c>i &gt;&gt;&gt; 0 &lt; a.length ? i : $throwIndex()</c>.</summary>
public sealed record JsCheckedIndex(JsExpression Array, JsExpression Index) : JsExpression;

using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary><c>goto</c> in structured JS: a forward jump to a label later in the same block is
/// <c>break</c> out of a labeled block that ends at the label; a backward jump is <c>continue</c> of a
/// labeled <c>while (true)</c> loop that starts at the label; <c>goto case</c> re-enters a switch
/// wrapped in a loop with a new value (a switch with patterns or <c>when</c> clauses, with the number of the
/// clause to enter: <see cref="GotoCaseJump"/>).</summary>
internal sealed partial class FunctionLowerer
{
    private sealed record GotoTarget(string? Forward, string? Backward, int LabelPosition);
    private sealed record GotoCaseTarget(string Loop, string Variable, JsExpression Value);

    private readonly Dictionary<ILabelSymbol, GotoTarget> gotoTargets = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILabelSymbol, GotoCaseTarget> gotoCaseTargets = new(SymbolEqualityComparer.Default);

    private sealed record GotoRange(int Start, int End, string Label, bool IsLoop);

    private static IEnumerable<IBranchOperation> GotosTo(IOperation op, ILabelSymbol label) =>
        op.DescendantsAndSelf().OfType<IBranchOperation>()
            .Where(b => b.BranchKind == BranchKind.GoTo && SymbolEqualityComparer.Default.Equals(b.Target, label));

    /// <summary>Statements of a block that declares labels.</summary>
    private void StatementListWithLabels(IReadOnlyList<IOperation> ops, List<JsStatement> output)
    {
        var ranges = new List<GotoRange>();
        for (var k = 0; k < ops.Count; k++)
        {
            if (ops[k] is not ILabeledOperation labeled) continue;
            var position = labeled.Syntax.SpanStart;
            int? firstForward = null, lastBackward = null;
            for (var i = 0; i < ops.Count; i++)
                foreach (var g in GotosTo(ops[i], labeled.Label))
                {
                    if (g.Syntax.SpanStart < position) firstForward = Math.Min(firstForward ?? i, i);
                    else lastBackward = Math.Max(lastBackward ?? i, i);
                }
            string? forward = null, backward = null;
            if (firstForward is { } f)
            {
                forward = "$g" + labelCounter++ + "_" + labeled.Label.Name;
                ranges.Add(new GotoRange(f, k - 1, forward, false));
            }
            if (lastBackward is { } b)
            {
                backward = "$g" + labelCounter++ + "_" + labeled.Label.Name;
                ranges.Add(new GotoRange(k, b, backward, true));
            }
            gotoTargets[labeled.Label] = new GotoTarget(forward, backward, position);
        }
        // Ranges must nest; a forward range ending at k-1 and a backward one starting at k never cross.
        foreach (var r in ranges)
            foreach (var o in ranges)
                if (r != o && r.Start < o.Start && o.Start <= r.End && r.End < o.End)
                    Unsupported(Support.Unsupported.Goto, ops[o.Start], "these goto jumps cross each other; restructure them with loops and break/continue");
        EmitRange(ops, 0, ops.Count - 1, ranges, output);
    }

    private void EmitRange(IReadOnlyList<IOperation> ops, int from, int to, List<GotoRange> ranges, List<JsStatement> output)
    {
        var i = from;
        while (i <= to)
        {
            var outer = ranges.Where(r => r.Start == i && r.End <= to && r.End >= i).OrderByDescending(r => r.End - r.Start).ThenBy(r => r.IsLoop).FirstOrDefault();
            if (outer is null)
            {
                EmitOne(ops[i], output);
                i++;
                continue;
            }
            var rest = ranges.Where(r => r != outer).ToList();
            var inner = new List<JsStatement>();
            if (outer.IsLoop)
            {
                breakables.Add(new Breakable(null, null, true));
                EmitRange(ops, outer.Start, outer.End, rest, inner);
                breakables.RemoveAt(breakables.Count - 1);
                inner.Add(new JsBreak());
                output.Add(new JsLabeled(outer.Label, new JsWhile(new JsBooleanLiteral(true), new JsBlock(inner))));
            }
            else
            {
                EmitRange(ops, outer.Start, outer.End, rest, inner);
                output.Add(new JsLabeled(outer.Label, new JsBlock(inner)));
            }
            ranges = rest.Where(r => !(r.Start >= outer.Start && r.End <= outer.End)).ToList();
            i = outer.End + 1;
        }
    }

    private void EmitOne(IOperation op, List<JsStatement> output)
    {
        if (op is ILabeledOperation labeled)
        {
            if (labeled.Operation is { } inner) Statement(inner, output);
            return;
        }
        Statement(op, output);
    }

    private bool TryGoto(IBranchOperation branch, List<JsStatement> output)
    {
        if (branch.BranchKind != BranchKind.GoTo) return false;
        if (gotoCaseTargets.TryGetValue(branch.Target, out var gc))
        {
            Emit(output, new JsExpressionStatement(new JsAssign("=", new JsIdentifier(gc.Variable), gc.Value)), branch.Syntax);
            output.Add(new JsContinue(gc.Loop));
            return true;
        }
        if (!gotoTargets.TryGetValue(branch.Target, out var target)) return false;
        var isForward = branch.Syntax.SpanStart < target.LabelPosition;
        Emit(output, isForward ? new JsBreak(target.Forward) : new JsContinue(target.Backward), branch.Syntax);
        return true;
    }

    /// <summary>A switch with <c>goto case</c>/<c>goto default</c>: the switch runs in a loop over a variable.</summary>
    private bool SwitchHasGotoCase(ISwitchOperation sw) =>
        sw.Cases.SelectMany(c => c.Clauses).Any(cl => sw.Descendants().OfType<IBranchOperation>()
            .Any(b => b.BranchKind == BranchKind.GoTo && SymbolEqualityComparer.Default.Equals(b.Target, cl.Label)));
}

using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Statements. Loops keep C#'s variable lifetimes: a <c>for</c> variable is one variable
/// shared by every closure (declared outside the JS loop); a <c>foreach</c> variable is fresh per iteration.</summary>
internal sealed partial class FunctionLowerer
{
    private sealed class Breakable(ILabelSymbol? exit, ILabelSymbol? @continue, bool isLoop)
    {
        public ILabelSymbol? Exit { get; } = exit;
        public ILabelSymbol? Continue { get; } = @continue;
        public bool IsLoop { get; } = isLoop;
        public string? Label { get; set; }
    }

    private readonly List<Breakable> breakables = [];
    private int labelCounter;

    public IReadOnlyList<JsStatement> LowerStatement(IOperation op)
    {
        var output = new List<JsStatement>();
        Statement(op, output);
        return output;
    }

    private JsBlock Block(IOperation op)
    {
        var list = new List<JsStatement>();
        if (op is IBlockOperation b) StatementList(b.Operations, list);
        else Statement(op, list);
        return new JsBlock(list);
    }

    private void StatementList(IReadOnlyList<IOperation> ops, List<JsStatement> output)
    {
        // Local functions are hoisted to the top of their block, as C# lets code call them before their declaration.
        foreach (var f in ops.OfType<ILocalFunctionOperation>()) output.Add(LocalFunction(f));
        if (ops.Any(o => o is ILabeledOperation))
        {
            StatementListWithLabels(ops.Where(o => o is not ILocalFunctionOperation).ToList(), output);
            return;
        }
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i] is ILocalFunctionOperation) continue;
            if (ops[i] is IUsingDeclarationOperation usingDecl)
            {
                var rest = new List<JsStatement>();
                StatementList(ops.Skip(i + 1).ToList(), rest);
                UsingStatement(usingDecl.DeclarationGroup, new JsBlock(rest), output, usingDecl.IsAsynchronous);
                return;
            }
            Statement(ops[i], output);
        }
    }

    private void Statement(IOperation op, List<JsStatement> output)
    {
        var start = output.Count;
        StatementCore(op, output);
        if (output.Count > start && output[start].Location is null && op.Syntax is StatementSyntax or ExpressionSyntax)
            output[start] = output[start] with { Location = Loc(op.Syntax) };
    }

    // Hoisted declarations (out var, pattern variables) are emitted in front of the statement that needs them.
    private void Emit(List<JsStatement> output, JsStatement statement, SyntaxNode? syntax)
    {
        if (hoisted.Count > 0)
        {
            output.Add(new JsVariableDeclaration("let", hoisted.Select(n => new JsVariableDeclarator(n)).ToList()));
            hoisted.Clear();
        }
        output.Add(statement with { Location = statement.Location ?? Loc(syntax) });
    }

    private void StatementCore(IOperation op, List<JsStatement> output)
    {
        switch (op)
        {
            case IBlockOperation block:
            {
                var list = new List<JsStatement>();
                StatementList(block.Operations, list);
                if (block.Parent is IBlockOperation or ISwitchCaseOperation or ILabeledOperation)
                    output.Add(new JsBlock(list));
                else output.AddRange(list);
                break;
            }
            case IExpressionStatementOperation es:
            {
                var e = LowerEffect(es.Operation);
                if (e is not JsUndefined) Emit(output, new JsExpressionStatement(e), es.Syntax);
                break;
            }
            case IVariableDeclarationGroupOperation group:
                foreach (var decl in group.Declarations)
                    foreach (var d in decl.Declarators)
                    {
                        var init = d.Initializer?.Value ?? decl.Initializer?.Value;
                        var value = init is null ? (d.Symbol.Type.IsValueType ? Defaults.Of(d.Symbol.Type, table) : null)
                            : d.Symbol.IsRef ? RefObject(init) : LowerValue(init, d.Symbol.Type);
                        Emit(output, new JsVariableDeclaration("let", [new JsVariableDeclarator(LocalName(d.Symbol), value)]), d.Syntax);
                    }
                break;
            case IReturnOperation ret:
                ReturnStatement(ret, output);
                break;
            case IConditionalOperation cond:
            {
                var test = LowerCondition(cond.Condition);
                output.AddRange(TakeHoisted());
                var then = Block(cond.WhenTrue);
                var @else = cond.WhenFalse is null ? null : ElseBranch(cond.WhenFalse);
                Emit(output, new JsIf(test, then, @else), cond.Syntax);
                break;
            }
            case IWhileLoopOperation loop:
                WhileLoop(loop, output);
                break;
            case IForLoopOperation loop:
                ForLoop(loop, output);
                break;
            case IForEachLoopOperation loop:
                ForEachLoop(loop, output);
                break;
            case IBranchOperation branch:
                Branch(branch, output);
                break;
            case ISwitchOperation sw:
                SwitchStatement(sw, output);
                break;
            case ITryOperation tryOp:
                TryStatement(tryOp, output);
                break;
            case IThrowOperation th:
                Emit(output, new JsThrow(ThrowValue(th)), th.Syntax);
                break;
            case IUsingOperation usingOp:
                UsingStatement(usingOp.Resources, Block(usingOp.Body), output, usingOp.IsAsynchronous);
                break;
            case ILockOperation lockOp:
                output.Add(new JsExpressionStatement(LowerEffect(lockOp.LockedValue)));
                output.Add(Block(lockOp.Body));
                break;
            case ILocalFunctionOperation local:
                output.Add(LocalFunction(local));
                break;
            case IEmptyOperation:
                break;
            case ILabeledOperation labeled:
                Unsupported(Support.Unsupported.Goto, op, "a label must be a statement of a block (not nested in another statement)");
                break;
            case IVariableDeclarationOperation:
            default:
                if (op.Type is not null || op is IInvocationOperation or IAssignmentOperation)
                    Emit(output, new JsExpressionStatement(LowerEffect(op)), op.Syntax);
                else
                    Unsupported(Support.Unsupported.UnsupportedOperation, op, $"the statement '{op.Syntax}' ({op.Kind}) is not supported");
                break;
        }
    }

    /// <summary>Declarations hoisted out of a statement's head (condition, collection…), to emit before
    /// the statement rather than inside its body.</summary>
    private List<JsStatement> TakeHoisted()
    {
        if (hoisted.Count == 0) return [];
        var decl = new JsVariableDeclaration("let", hoisted.Select(n => new JsVariableDeclarator(n)).ToList());
        hoisted.Clear();
        return [decl];
    }

    private JsStatement ElseBranch(IOperation op)
    {
        if (op is IConditionalOperation nested)
        {
            var list = new List<JsStatement>();
            Statement(nested, list);
            if (list.Count == 1) return list[0];
            return new JsBlock(list);
        }
        return Block(op);
    }

    private void ReturnStatement(IReturnOperation ret, List<JsStatement> output)
    {
        switch (ret.Kind)
        {
            case OperationKind.YieldBreak:
                Emit(output, new JsReturn(), ret.Syntax);
                return;
            case OperationKind.YieldReturn:
                Emit(output, new JsExpressionStatement(new JsYield(LowerValue(ret.ReturnedValue!))), ret.Syntax);
                return;
        }
        if (ret.ReturnedValue is null)
        {
            // `return;` in a constructor lowered to a `$ctor` method still hands back the object (`new C().$ctor()`)
            var returnsThis = functionDepth == 0 && owner is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor && table.MemberName(ctor) != "constructor";
            Emit(output, returnsThis ? new JsReturn(new JsThis()) : new JsReturn(), ret.Syntax);
            return;
        }
        if (owner is IMethodSymbol { ReturnsByRef: true })
        {
            Emit(output, new JsReturn(RefObject(ret.ReturnedValue)), ret.Syntax);
            return;
        }
        Emit(output, new JsReturn(AsyncReturnValue(LowerValue(ret.ReturnedValue))), ret.Syntax);
    }

    private JsStatement LocalFunction(ILocalFunctionOperation local)
    {
        var inner = this;
        var method = local.Symbol;
        var name = LocalName(method);
        var ps = new List<JsParameter>();
        foreach (var tp in method.TypeParameters) ps.Add(new JsParameter(TypeParameterName(tp)));
        foreach (var p in method.Parameters) ps.Add(new JsParameter(ParameterName(p)));
        var savedHoisted = hoisted.ToList();
        hoisted.Clear();
        var statements = InFunction(method.IsAsync, () => Flush(LowerStatement((IOperation?)local.Body ?? local.IgnoredBody!)));
        hoisted.AddRange(savedHoisted);
        if (IsIterator(method, local.Syntax)) statements = WrapIterator(method, statements);
        if (method.IsAsync) statements = [new JsReturn(AsyncBody(method, statements))];
        var arrow = new JsArrow(ps, new JsBlock(statements));
        return new JsVariableDeclaration("const", [new JsVariableDeclarator(name, arrow)]) { Location = Loc(local.Syntax) };
    }

    // ---- loops ----------------------------------------------------------------------------------------

    private JsStatement WithLabel(Breakable b, JsStatement loop) => b.Label is null ? loop : new JsLabeled(b.Label, loop);

    private JsStatement LoopBody(ILoopOperation loop, Breakable b, IOperation body, IReadOnlyList<JsStatement>? prefix = null)
    {
        breakables.Add(b);
        try
        {
            var block = Block(body);
            return prefix is null ? block : new JsBlock([.. prefix, .. block.Statements]);
        }
        finally { breakables.RemoveAt(breakables.Count - 1); }
    }

    private void WhileLoop(IWhileLoopOperation loop, List<JsStatement> output)
    {
        var b = new Breakable(loop.ExitLabel, loop.ContinueLabel, true);
        var condition = loop.Condition is null ? new JsBooleanLiteral(true) : LowerCondition(loop.Condition);
        if (loop.ConditionIsUntil) condition = new JsUnary("!", condition);
        output.AddRange(TakeHoisted());
        if (loop.ConditionIsTop)
        {
            var body = LoopBody(loop, b, loop.Body);
            Emit(output, WithLabel(b, new JsWhile(condition, body)), loop.Syntax);
        }
        else
        {
            var body = LoopBody(loop, b, loop.Body);
            Emit(output, WithLabel(b, new JsDoWhile(body, condition)), loop.Syntax);
        }
    }

    private void ForLoop(IForLoopOperation loop, List<JsStatement> output)
    {
        var b = new Breakable(loop.ExitLabel, loop.ContinueLabel, true);
        // One variable for the whole loop, as in C#: closures created in the body share it.
        var captures = loop.Body.Syntax.DescendantNodesAndSelf().Any(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
        var before = new List<JsStatement>();
        JsStatement? init = null;
        var initStatements = new List<JsStatement>();
        foreach (var b0 in loop.Before) Statement(b0, initStatements);
        if (!captures && initStatements.Count == 1 && initStatements[0] is JsVariableDeclaration or JsExpressionStatement)
            init = initStatements[0];
        else before.AddRange(initStatements);
        var test = loop.Condition is null ? null : LowerCondition(loop.Condition);
        var testDecls = hoisted.ToList();
        hoisted.Clear();
        JsExpression? update = null;
        var updates = loop.AtLoopBottom.Select(a => a is IExpressionStatementOperation e ? LowerEffect(e.Operation) : LowerEffect(a)).ToList();
        if (updates.Count == 1) update = updates[0];
        else if (updates.Count > 1) update = new JsSequence(updates);
        var body = LoopBody(loop, b, loop.Body);
        JsStatement forStatement = WithLabel(b, new JsFor(init, test, update, body) { Location = Loc(loop.Syntax) });
        if (testDecls.Count > 0) before.Insert(0, new JsVariableDeclaration("let", testDecls.Select(n => new JsVariableDeclarator(n)).ToList()));
        if (before.Count == 0) Emit(output, forStatement, loop.Syntax);
        else output.Add(new JsBlock([.. before, forStatement]) { Location = Loc(loop.Syntax) });
    }

    private void ForEachLoop(IForEachLoopOperation loop, List<JsStatement> output)
    {
        var b = new Breakable(loop.ExitLabel, loop.ContinueLabel, true);
        var collectionOp = loop.Collection;
        while (collectionOp is IConversionOperation { Conversion.IsImplicit: true } c) collectionOp = c.Operand;
        var collection = LowerValue(collectionOp);
        output.AddRange(TakeHoisted());
        var elementType = ForEachElementType(loop);
        string itemName;
        var prefix = new List<JsStatement>();
        if (loop.LoopControlVariable is IVariableDeclaratorOperation decl && IsUserStruct(decl.Symbol.Type))
        {
            // the iteration variable is a copy of a struct element
            itemName = NewBindingName();
            prefix.Add(new JsVariableDeclaration("const", [new JsVariableDeclarator(LocalName(decl.Symbol),
                StructCopy(new JsIdentifier(itemName), decl.Symbol.Type))]));
        }
        else if (loop.LoopControlVariable is IVariableDeclaratorOperation decl2)
            itemName = LocalName(decl2.Symbol);
        else
        {
            itemName = NewBindingName();
            var target = loop.LoopControlVariable;
            if (target is IDeclarationExpressionOperation de) target = de.Expression;
            prefix.Add(new JsExpressionStatement(DeconstructInto(target, new JsIdentifier(itemName), elementType, loop.Syntax)));
            foreach (var n in hoisted) prefix.Insert(0, new JsVariableDeclaration("let", [new JsVariableDeclarator(n)]));
            hoisted.Clear();
        }
        if (collectionOp.Type?.SpecialType == SpecialType.System_String)
        {
            // A string enumerates chars (UTF-16 codes), not one-character strings.
            var s = Temp();
            var i = Temp();
            var body0 = LoopBody(loop, b, loop.Body, [
                new JsVariableDeclaration("const", [new JsVariableDeclarator(itemName, new JsCall(new JsMember(s, "charCodeAt"), [i]))]), .. prefix]);
            var forLoop = new JsFor(new JsExpressionStatement(new JsSequence([new JsAssign("=", s, collection), new JsAssign("=", i, new JsNumberLiteral(0))])),
                new JsBinary("<", i, new JsMember(s, "length")), new JsUpdate("++", i, false), body0);
            Emit(output, WithLabel(b, forLoop), loop.Syntax);
            return;
        }
        var body = LoopBody(loop, b, loop.Body, prefix);
        Emit(output, WithLabel(b, new JsForOf("const", itemName, collection, body)), loop.Syntax);
    }

    private static ITypeSymbol? ForEachElementType(IForEachLoopOperation loop) =>
        loop.LoopControlVariable switch
        {
            IVariableDeclaratorOperation d => d.Symbol.Type,
            _ => (loop.Collection.Type as IArrayTypeSymbol)?.ElementType
                 ?? (loop.Collection is IConversionOperation c ? GetElementType(c.Operand.Type) : GetElementType(loop.Collection.Type)),
        };

    private static ITypeSymbol? GetElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol a) return a.ElementType;
        if (type is INamedTypeSymbol n)
        {
            var e = n.AllInterfaces.Concat(n.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T ? [n] : [])
                .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
            return e?.TypeArguments[0];
        }
        return null;
    }

    private void Branch(IBranchOperation branch, List<JsStatement> output)
    {
        if (TryGoto(branch, output)) return;
        var target = branch.Target;
        for (var i = breakables.Count - 1; i >= 0; i--)
        {
            var b = breakables[i];
            var isExit = SymbolEqualityComparer.Default.Equals(b.Exit, target);
            var isContinue = SymbolEqualityComparer.Default.Equals(b.Continue, target);
            if (!isExit && !isContinue) continue;
            var innermost = isExit
                ? i == breakables.Count - 1
                : breakables.Skip(i + 1).All(x => !x.IsLoop && x.Label is null && x.Exit is not null && IsJsSwitch(x));
            string? label = null;
            if (!innermost || isExit && !b.IsLoop && !IsJsSwitch(b)) label = b.Label ??= "$l" + labelCounter++;
            Emit(output, isExit ? new JsBreak(label) : new JsContinue(label), branch.Syntax);
            return;
        }
        Unsupported(Support.Unsupported.Goto, branch, "goto is not supported; use break/continue, a flag or a local function");
    }

    private readonly HashSet<Breakable> jsSwitches = [];
    private bool IsJsSwitch(Breakable b) => jsSwitches.Contains(b);

    // ---- exceptions and resources ----------------------------------------------------------------------

    private static HashSet<string> DeclaredNames(IEnumerable<JsStatement> statements) => statements.SelectMany(s => s switch
    {
        JsVariableDeclaration d => d.Declarators.Select(v => v.Name),
        JsFunctionDeclaration { Function.Name: { } name } => [name],
        JsClassDeclaration { Class.Name: { } name } => [name],
        _ => [],
    }).ToHashSet(StringComparer.Ordinal);

    private JsExpression ThrowValue(IThrowOperation th)
    {
        if (th.Exception is null)
            return catchVariables.Count > 0 ? new JsIdentifier(catchVariables.Peek()) : new JsIdentifier("undefined");
        return LowerValue(th.Exception);
    }

    private void TryStatement(ITryOperation tryOp, List<JsStatement> output)
    {
        var body = Block(tryOp.Body);
        JsBlock? handler = null;
        string? catchName = null;
        if (tryOp.Catches is [var ignoring] && IgnoresItsException(ignoring))
            handler = Block(ignoring.Handler);
        else if (tryOp.Catches.Length > 0)
        {
            catchName = "$e" + labelCounter++;
            usedNames.Add(catchName);
            var e = new JsIdentifier(catchName);
            var statements = new List<JsStatement>
            {
                new JsExpressionStatement(new JsAssign("=", e, new JsCall(new JsRuntimeRef("$toException"), [e]))),
            };
            catchVariables.Push(catchName);
            // Every clause's variable is the (normalised) exception: filters and bodies read it by name.
            foreach (var clause in tryOp.Catches)
                if (clause.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation d)
                    statements.Add(new JsVariableDeclaration("let", [new JsVariableDeclarator(LocalName(d.Symbol), e)]));
            JsStatement? chain = new JsThrow(e);
            foreach (var clause in tryOp.Catches.Reverse())
            {
                var block = Block(clause.Handler);
                JsExpression? test = null;
                if (clause.ExceptionType is { } t && !IsCatchAll(t))
                    test = TypeTest(e, t, clause.Syntax);
                if (clause.Filter is { } filter)
                {
                    var filterExpr = LowerCondition(filter);
                    test = test is null ? filterExpr : new JsLogical("&&", test, filterExpr);
                }
                chain = test is null ? block : new JsIf(test, block, chain);
            }
            catchVariables.Pop();
            // a catch-all clause's block joins the handler's own statements unless its names would clash
            if (chain is JsBlock only && !DeclaredNames(only.Statements).Overlaps(DeclaredNames(statements))) statements.AddRange(only.Statements);
            else statements.Add(chain!);
            handler = new JsBlock(statements);
        }
        var finalizer = tryOp.Finally is null ? null : Block(tryOp.Finally);
        Emit(output, new JsTry(body, catchName, handler, finalizer), tryOp.Syntax);
    }

    /// <summary>A lone <c>catch { … }</c> (or <c>catch (Exception)</c>) without a variable, a filter or a
    /// <c>throw;</c>: nothing reads what was caught, so the handler is a bindingless JS <c>catch { … }</c>
    /// without the <c>$toException</c> prologue.</summary>
    private static bool IgnoresItsException(ICatchClauseOperation clause) =>
        clause.ExceptionDeclarationOrExpression is null && clause.Filter is null
        && (clause.ExceptionType is null || IsCatchAll(clause.ExceptionType))
        && !clause.Handler.Descendants().Any(o => o is IThrowOperation { Exception: null });

    private static bool IsCatchAll(ITypeSymbol t) => t.SpecialType == SpecialType.System_Object || t.ToDisplayString() == "System.Exception";

    /// <summary>using / await using: each resource is disposed in a finally (await using awaits DisposeAsync).</summary>
    private void UsingStatement(IOperation resources, JsBlock body, List<JsStatement> output, bool isAsync)
    {
        var declared = new List<JsStatement>();
        var disposables = new List<JsExpression>();
        if (resources is IVariableDeclarationGroupOperation group)
        {
            foreach (var decl in group.Declarations)
                foreach (var d in decl.Declarators)
                {
                    var init = d.Initializer?.Value ?? decl.Initializer?.Value;
                    declared.Add(new JsVariableDeclaration("const", [new JsVariableDeclarator(LocalName(d.Symbol), init is null ? new JsNullLiteral() : LowerValue(init))]));
                    disposables.Add(new JsIdentifier(LocalName(d.Symbol)));
                }
        }
        else
        {
            var t = NewBindingName();
            declared.Add(new JsVariableDeclaration("const", [new JsVariableDeclarator(t, LowerValue(resources))]));
            disposables.Add(new JsIdentifier(t));
        }
        // Resources are disposed in reverse order, each in its own finally.
        JsStatement result = body;
        for (var i = disposables.Count - 1; i >= 0; i--)
        {
            JsExpression disposeCall = isAsync
                ? new JsAwait(new JsCall(new JsMember(disposables[i], "DisposeAsync"), []))
                : new JsCall(new JsMember(disposables[i], "Dispose"), []);
            var dispose = new JsIf(new JsBinary("!=", disposables[i], new JsNullLiteral()), new JsExpressionStatement(disposeCall));
            var inner = result is JsBlock rb ? rb : new JsBlock([result]);
            result = new JsTry(inner, null, null, new JsBlock([dispose]));
            if (i > 0) result = new JsBlock([declared[i], result]);
        }
        foreach (var n in hoisted) output.Add(new JsVariableDeclaration("let", [new JsVariableDeclarator(n)]));
        hoisted.Clear();
        output.Add(new JsBlock([declared[0], result]) { Location = Loc(resources.Syntax) });
    }
}

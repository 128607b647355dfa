namespace EdgeMirror.Compiler.JsAst;

/// <summary>Walks the JS AST bottom-up and rebuilds a node only when one of its children changed.
/// A pass overrides the cases it cares about and calls the base method for the children; the
/// <c>Enter</c>/<c>Leave</c> hooks around functions let a pass keep per-function state.</summary>
public abstract class JsRewriter
{
    public virtual JsModule RewriteModule(JsModule module)
    {
        var body = List(module.Body, Rewrite);
        var exportDefault = module.ExportDefault is null ? null : Rewrite(module.ExportDefault);
        var entry = module.EntryPoint is null ? null : Rewrite(module.EntryPoint);
        return ReferenceEquals(body, module.Body) && ReferenceEquals(exportDefault, module.ExportDefault) && ReferenceEquals(entry, module.EntryPoint)
            ? module
            : module with { Body = body, ExportDefault = exportDefault, EntryPoint = entry };
    }

    /// <summary>Called before the parameters and body of every function (declarations, expressions,
    /// methods, arrows, accessors); <paramref name="function"/> is the original node.</summary>
    protected virtual void EnterFunction(JsNode function) { }

    /// <summary>Called with the original function node and its rewritten body; returns the body to keep.</summary>
    protected virtual JsNode LeaveFunction(JsNode function, JsNode body) => body;

    public virtual JsStatement Rewrite(JsStatement statement) => statement switch
    {
        JsBlock b => RewriteBlock(b),
        JsExpressionStatement s => Rewrite(s.Expression) is var e && Same(e, s.Expression) ? s : s with { Expression = e },
        JsVariableDeclaration d => List(d.Declarators, RewriteDeclarator) is var ds && ReferenceEquals(ds, d.Declarators) ? d : d with { Declarators = ds },
        JsFunctionDeclaration f => RewriteFunction(f.Function) is var fn && ReferenceEquals(fn, f.Function) ? f : f with { Function = fn },
        JsClassDeclaration c => RewriteClass(c.Class) is var cl && ReferenceEquals(cl, c.Class) ? c : c with { Class = cl },
        JsReturn r => r.Argument is null ? r : Rewrite(r.Argument) is var a && ReferenceEquals(a, r.Argument) ? r : r with { Argument = a },
        JsIf i => RewriteIf(i),
        JsFor f => RewriteFor(f),
        JsForOf f => (Rewrite(f.Iterable), Rewrite(f.Body)) is var (it, body) && ReferenceEquals(it, f.Iterable) && ReferenceEquals(body, f.Body) ? f : f with { Iterable = it, Body = body },
        JsForIn f => (Rewrite(f.Object), Rewrite(f.Body)) is var (o, body) && ReferenceEquals(o, f.Object) && ReferenceEquals(body, f.Body) ? f : f with { Object = o, Body = body },
        JsWhile w => (Rewrite(w.Test), Rewrite(w.Body)) is var (t, body) && ReferenceEquals(t, w.Test) && ReferenceEquals(body, w.Body) ? w : w with { Test = t, Body = body },
        JsDoWhile d => (Rewrite(d.Body), Rewrite(d.Test)) is var (body, t) && ReferenceEquals(t, d.Test) && ReferenceEquals(body, d.Body) ? d : d with { Test = t, Body = body },
        JsLabeled l => Rewrite(l.Body) is var body && ReferenceEquals(body, l.Body) ? l : l with { Body = body },
        JsThrow t => Rewrite(t.Argument) is var a && ReferenceEquals(a, t.Argument) ? t : t with { Argument = a },
        JsTry t => RewriteTry(t),
        JsSwitch s => RewriteSwitch(s),
        _ => statement, // break, continue, empty, comment
    };

    public virtual JsBlock RewriteBlock(JsBlock block) =>
        List(block.Statements, Rewrite) is var s && ReferenceEquals(s, block.Statements) ? block : block with { Statements = s };

    protected virtual JsVariableDeclarator RewriteDeclarator(JsVariableDeclarator d) =>
        d.Init is null ? d : Rewrite(d.Init) is var init && ReferenceEquals(init, d.Init) ? d : d with { Init = init };

    protected virtual JsStatement RewriteIf(JsIf i)
    {
        var test = Rewrite(i.Test);
        var then = Rewrite(i.Then);
        var @else = i.Else is null ? null : Rewrite(i.Else);
        return Same(test, i.Test) && Same(then, i.Then) && Same(@else, i.Else) ? i : i with { Test = test, Then = then, Else = @else };
    }

    protected virtual JsStatement RewriteFor(JsFor f)
    {
        var init = f.Init is null ? null : Rewrite(f.Init);
        var test = f.Test is null ? null : Rewrite(f.Test);
        var update = f.Update is null ? null : Rewrite(f.Update);
        var body = Rewrite(f.Body);
        return Same(init, f.Init) && Same(test, f.Test) && Same(update, f.Update) && Same(body, f.Body)
            ? f : f with { Init = init, Test = test, Update = update, Body = body };
    }

    private JsStatement RewriteTry(JsTry t)
    {
        var block = RewriteBlock(t.Block);
        var handler = t.Handler is null ? null : RewriteBlock(t.Handler);
        var finalizer = t.Finalizer is null ? null : RewriteBlock(t.Finalizer);
        return Same(block, t.Block) && Same(handler, t.Handler) && Same(finalizer, t.Finalizer)
            ? t : t with { Block = block, Handler = handler, Finalizer = finalizer };
    }

    private JsStatement RewriteSwitch(JsSwitch s)
    {
        var discriminant = Rewrite(s.Discriminant);
        var cases = List(s.Cases, c =>
        {
            var test = c.Test is null ? null : Rewrite(c.Test);
            var body = List(c.Body, Rewrite);
            return Same(test, c.Test) && ReferenceEquals(body, c.Body) ? c : c with { Test = test, Body = body };
        });
        return Same(discriminant, s.Discriminant) && ReferenceEquals(cases, s.Cases) ? s : s with { Discriminant = discriminant, Cases = cases };
    }

    public virtual JsExpression Rewrite(JsExpression expression) => expression switch
    {
        JsTemplateLiteral t => List(t.Expressions, Rewrite) is var es && ReferenceEquals(es, t.Expressions) ? t : t with { Expressions = es },
        JsArrayLiteral a => List(a.Elements, Rewrite) is var es && ReferenceEquals(es, a.Elements) ? a : a with { Elements = es },
        JsObjectLiteral o => List(o.Members, RewriteObjectMember) is var ms && ReferenceEquals(ms, o.Members) ? o : o with { Members = ms },
        JsMember m => Rewrite(m.Object) is var obj && ReferenceEquals(obj, m.Object) ? m : m with { Object = obj },
        JsIndex i => (Rewrite(i.Object), Rewrite(i.Index)) is var (obj, index) && Same(obj, i.Object) && Same(index, i.Index) ? i : i with { Object = obj, Index = index },
        JsCall c => (Rewrite(c.Callee), List(c.Arguments, Rewrite)) is var (callee, args) && Same(callee, c.Callee) && ReferenceEquals(args, c.Arguments) ? c : c with { Callee = callee, Arguments = args },
        JsNew n => (Rewrite(n.Callee), List(n.Arguments, Rewrite)) is var (callee, args) && Same(callee, n.Callee) && ReferenceEquals(args, n.Arguments) ? n : n with { Callee = callee, Arguments = args },
        JsSpread s => Rewrite(s.Argument) is var a && Same(a, s.Argument) ? s : s with { Argument = a },
        JsUnary u => Rewrite(u.Operand) is var a && Same(a, u.Operand) ? u : u with { Operand = a },
        JsUpdate u => Rewrite(u.Operand) is var a && Same(a, u.Operand) ? u : u with { Operand = a },
        JsBinary b => (Rewrite(b.Left), Rewrite(b.Right)) is var (l, r) && Same(l, b.Left) && Same(r, b.Right) ? b : b with { Left = l, Right = r },
        JsLogical b => (Rewrite(b.Left), Rewrite(b.Right)) is var (l, r) && Same(l, b.Left) && Same(r, b.Right) ? b : b with { Left = l, Right = r },
        JsAssign a => (Rewrite(a.Target), Rewrite(a.Value)) is var (t, v) && Same(t, a.Target) && Same(v, a.Value) ? a : a with { Target = t, Value = v },
        JsConditional c => RewriteConditional(c),
        JsSequence s => List(s.Expressions, Rewrite) is var es && ReferenceEquals(es, s.Expressions) ? s : s with { Expressions = es },
        JsAwait a => Rewrite(a.Argument) is var arg && Same(arg, a.Argument) ? a : a with { Argument = arg },
        JsYield y => y.Argument is null ? y : Rewrite(y.Argument) is var arg && Same(arg, y.Argument) ? y : y with { Argument = arg },
        JsArrow a => RewriteArrow(a),
        JsFunctionExpression f => RewriteFunction(f.Function) is var fn && ReferenceEquals(fn, f.Function) ? f : f with { Function = fn },
        JsClassExpression c => RewriteClass(c.Class) is var cl && ReferenceEquals(cl, c.Class) ? c : c with { Class = cl },
        JsRaw r => List(r.Holes, Rewrite) is var hs && ReferenceEquals(hs, r.Holes) ? r : r with { Holes = hs },
        JsStructCopy c => Rewrite(c.Value) is var v && Same(v, c.Value) ? c : c with { Value = v },
        JsCheckedIndex c => (Rewrite(c.Array), Rewrite(c.Index)) is var (a, i) && Same(a, c.Array) && Same(i, c.Index) ? c : c with { Array = a, Index = i },
        _ => expression, // identifiers, literals, this, super, runtime references, temporaries
    };

    private JsExpression RewriteConditional(JsConditional c)
    {
        var test = Rewrite(c.Test);
        var whenTrue = Rewrite(c.WhenTrue);
        var whenFalse = Rewrite(c.WhenFalse);
        return Same(test, c.Test) && Same(whenTrue, c.WhenTrue) && Same(whenFalse, c.WhenFalse) ? c : c with { Test = test, WhenTrue = whenTrue, WhenFalse = whenFalse };
    }

    protected virtual JsExpression RewriteArrow(JsArrow arrow)
    {
        EnterFunction(arrow);
        var parameters = List(arrow.Parameters, RewriteParameter);
        JsNode body = arrow.Body is JsBlock block ? RewriteBlock(block) : Rewrite((JsExpression)arrow.Body);
        body = LeaveFunction(arrow, body);
        return ReferenceEquals(parameters, arrow.Parameters) && ReferenceEquals(body, arrow.Body) ? arrow : arrow with { Parameters = parameters, Body = body };
    }

    public virtual JsFunction RewriteFunction(JsFunction function)
    {
        EnterFunction(function);
        var parameters = List(function.Parameters, RewriteParameter);
        var body = (JsBlock)LeaveFunction(function, RewriteBlock(function.Body));
        return ReferenceEquals(parameters, function.Parameters) && ReferenceEquals(body, function.Body) ? function : function with { Parameters = parameters, Body = body };
    }

    private JsParameter RewriteParameter(JsParameter p) =>
        p.Default is null ? p : Rewrite(p.Default) is var d && Same(d, p.Default) ? p : p with { Default = d };

    private JsObjectMember RewriteObjectMember(JsObjectMember member) => member switch
    {
        JsProperty p => (Rewrite(p.Key), Rewrite(p.Value)) is var (k, v) && Same(k, p.Key) && Same(v, p.Value) ? p : p with { Key = k, Value = v },
        JsObjectMethod m => (Rewrite(m.Key), RewriteFunction(m.Function)) is var (k, f) && Same(k, m.Key) && ReferenceEquals(f, m.Function) ? m : m with { Key = k, Function = f },
        JsSpreadMember s => Rewrite(s.Argument) is var a && Same(a, s.Argument) ? s : s with { Argument = a },
        _ => member,
    };

    public virtual JsClass RewriteClass(JsClass c)
    {
        var extends = c.Extends is null ? null : Rewrite(c.Extends);
        var members = List(c.Members, RewriteClassMember);
        return Same(extends, c.Extends) && ReferenceEquals(members, c.Members) ? c : c with { Extends = extends, Members = members };
    }

    protected virtual JsClassMember RewriteClassMember(JsClassMember member) => member switch
    {
        JsClassMethod m => (Rewrite(m.Key), RewriteFunction(m.Function)) is var (k, f) && Same(k, m.Key) && ReferenceEquals(f, m.Function) ? m : m with { Key = k, Function = f },
        JsClassField f => (Rewrite(f.Key), f.Value is null ? null : Rewrite(f.Value)) is var (k, v) && Same(k, f.Key) && Same(v, f.Value) ? f : f with { Key = k, Value = v },
        JsStaticBlock s => RewriteStaticBlock(s),
        _ => member,
    };

    // A static block is a function body of its own for `let` declarations.
    private JsStaticBlock RewriteStaticBlock(JsStaticBlock s)
    {
        EnterFunction(s);
        var body = (JsBlock)LeaveFunction(s, RewriteBlock(s.Body));
        return ReferenceEquals(body, s.Body) ? s : s with { Body = body };
    }

    protected static bool Same(JsNode? a, JsNode? b) => ReferenceEquals(a, b);

    /// <summary>Maps a list, returning the original list when no element changed.</summary>
    protected static IReadOnlyList<T> List<T>(IReadOnlyList<T> items, Func<T, T> map) where T : class
    {
        List<T>? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var mapped = map(items[i]);
            if (changed is null && ReferenceEquals(mapped, items[i])) continue;
            if (changed is null)
            {
                changed = new List<T>(items.Count);
                for (var j = 0; j < i; j++) changed.Add(items[j]);
            }
            changed.Add(mapped);
        }
        return changed is null ? items : changed;
    }
}

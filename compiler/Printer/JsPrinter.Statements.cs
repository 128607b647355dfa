using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Printer;

public sealed partial class JsPrinter
{
    public void PrintStatement(JsStatement statement) => PrintStatement(statement, continueLine: false);

    /// <param name="continueLine">The statement goes on the current line (after a label).</param>
    private void PrintStatement(JsStatement statement, bool continueLine)
    {
        if (!continueLine) _out.EnsureNewLine();
        _out.Map(statement.Location);
        switch (statement)
        {
            case JsBlock block:
                PrintBlock(block);
                _out.NewLine();
                break;
            case JsExpressionStatement { Expression: JsRaw raw } when !StartsAmbiguously(raw):
                // Script.Write as a statement: the text stands alone, no parentheses needed.
                _out.Map(raw.Location);
                PrintRawText(raw with { Text = raw.Text.TrimEnd().TrimEnd(';') });
                EndStatement();
                break;
            case JsExpressionStatement { Expression: var expression }:
                if (StartsAmbiguously(expression)) PrintParenthesized(expression);
                else PrintExpression(expression, Precedence.Sequence);
                EndStatement();
                break;
            case JsVariableDeclaration declaration:
                PrintDeclaration(declaration, allowIn: true);
                EndStatement();
                break;
            case JsFunctionDeclaration { Function: var function }:
                PrintFunction(function, "function");
                _out.NewLine();
                break;
            case JsClassDeclaration { Class: var @class }:
                PrintClass(@class);
                _out.NewLine();
                break;
            case JsReturn { Argument: var argument }:
                _out.Write("return");
                if (argument is not null)
                {
                    _out.Write(" ");
                    PrintExpression(argument, Precedence.Sequence);
                }
                EndStatement();
                break;
            case JsIf @if:
                PrintIf(@if);
                _out.NewLine();
                break;
            case JsFor @for:
                PrintFor(@for);
                break;
            case JsForOf forOf:
                _out.Write(forOf.IsAwait ? "for await (" : "for (");
                _out.Write($"{LoopVariable(forOf.Kind, forOf.Name)} of ");
                PrintExpression(forOf.Iterable, Precedence.Assignment);
                _out.Write(") ");
                PrintBody(forOf.Body);
                break;
            case JsForIn forIn:
                _out.Write($"for ({LoopVariable(forIn.Kind, forIn.Name)} in ");
                PrintExpression(forIn.Object, Precedence.Sequence);
                _out.Write(") ");
                PrintBody(forIn.Body);
                break;
            case JsWhile @while:
                _out.Write("while (");
                PrintExpression(@while.Test, Precedence.Sequence);
                _out.Write(") ");
                PrintBody(@while.Body);
                break;
            case JsDoWhile doWhile:
                _out.Write("do ");
                PrintAsBlock(doWhile.Body);
                _out.Write(" while (");
                PrintExpression(doWhile.Test, Precedence.Sequence);
                _out.Write(");");
                _out.NewLine();
                break;
            case JsBreak { Label: var label }:
                _out.Write(label is null ? "break" : $"break {label}");
                EndStatement();
                break;
            case JsContinue { Label: var label }:
                _out.Write(label is null ? "continue" : $"continue {label}");
                EndStatement();
                break;
            case JsLabeled labeled:
                _out.Write(labeled.Label + ": ");
                PrintStatement(labeled.Body, continueLine: true);
                break;
            case JsThrow { Argument: var argument }:
                _out.Write("throw ");
                PrintExpression(argument, Precedence.Sequence);
                EndStatement();
                break;
            case JsTry @try:
                PrintTry(@try);
                break;
            case JsSwitch @switch:
                PrintSwitch(@switch);
                break;
            case JsEmpty:
                _out.Write(";");
                _out.NewLine();
                break;
            case JsComment { Text: var text }:
                foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
                {
                    _out.Write(line.Length == 0 ? "//" : "// " + line);
                    _out.NewLine();
                }
                break;
            default:
                throw new NotSupportedException($"the printer has no case for {statement.GetType().Name}");
        }
    }

    /// <summary><c>const x</c>, or just <c>x</c> when the loop assigns an existing variable (Kind empty).</summary>
    private static string LoopVariable(string kind, string name) => kind.Length == 0 ? name : $"{kind} {name}";

    private void EndStatement()
    {
        _out.Write(";");
        if (_statementEndsLine) _out.NewLine();
    }

    /// <summary>False while a one-line block prints its statement: the block closes the line.</summary>
    private bool _statementEndsLine = true;

    public void PrintBlock(JsBlock block)
    {
        _out.Map(block.Location);
        if (block.Statements.Count == 0)
        {
            _out.Write("{}");
            return;
        }
        if (block.Statements is [var only] && FitsOnOneLine(only))
        {
            PrintOneLineBlock(only);
            return;
        }
        _out.Write("{");
        _out.NewLine();
        _out.Indent++;
        foreach (var statement in block.Statements) PrintStatement(statement);
        _out.Indent--;
        _out.EnsureNewLine();
        _out.Write("}");
    }

    /// <summary>A block of one simple statement (an expression, return, throw, break or continue) whose text
    /// has no line break reads as well on one line — <c>if (x == null) { return null; }</c> — and spares two
    /// lines of indentation and braces.</summary>
    private static bool FitsOnOneLine(JsStatement statement) =>
        statement is JsExpressionStatement or JsReturn or JsThrow or JsBreak or JsContinue
        && Print(statement).TrimEnd('\n').IndexOf('\n') < 0;

    private void PrintOneLineBlock(JsStatement only)
    {
        _out.Write("{ ");
        var saved = _statementEndsLine;
        _statementEndsLine = false;
        PrintStatement(only, continueLine: true);
        _statementEndsLine = saved;
        _out.Write(" }");
    }

    /// <summary>A do-while body is always a block.</summary>
    private void PrintAsBlock(JsStatement body)
    {
        if (body is JsBlock block) PrintBlock(block);
        else PrintBlock(new JsBlock([body]) { Location = body.Location });
    }

    /// <summary>The body of an if, else or loop: one simple statement that fits on one line goes without braces
    /// (<c>if (x == null) return null;</c>, four bytes less than its block, repeated hundreds of times in a
    /// Worker); anything else is a block. Only those statements go bare, so no dangling else can arise (the
    /// bare statement is never an <c>if</c>), and raw <c>Script.Write</c> text, which may hold several
    /// statements, keeps its braces.</summary>
    private void PrintBranch(JsStatement body)
    {
        var only = body is JsBlock { Statements: [var single] } ? single : body;
        if (only is JsBlock || !FitsOnOneLine(only) || only is JsExpressionStatement { Expression: JsRaw })
        {
            PrintAsBlock(body);
            return;
        }
        _out.Map(body.Location);
        var saved = _statementEndsLine;
        _statementEndsLine = false;
        PrintStatement(only, continueLine: true);
        _statementEndsLine = saved;
    }

    private void PrintBody(JsStatement body)
    {
        PrintBranch(body);
        _out.NewLine();
    }

    private void PrintIf(JsIf @if)
    {
        _out.Write("if (");
        PrintExpression(@if.Test, Precedence.Sequence);
        _out.Write(") ");
        PrintBranch(@if.Then);
        switch (@if.Else)
        {
            case null:
                break;
            case JsIf elseIf:
                _out.Write(" else ");
                _out.Map(elseIf.Location);
                PrintIf(elseIf);
                break;
            default:
                _out.Write(" else ");
                PrintBranch(@if.Else);
                break;
        }
    }

    private void PrintFor(JsFor @for)
    {
        _out.Write("for (");
        switch (@for.Init)
        {
            case null: break;
            case JsVariableDeclaration declaration: PrintDeclaration(declaration, allowIn: false); break;
            case JsExpressionStatement { Expression: var init }:
                if (ContainsIn(init)) PrintParenthesized(init);
                else PrintExpression(init, Precedence.Sequence);
                break;
            default: throw new NotSupportedException($"a for loop cannot start with {@for.Init.GetType().Name}");
        }
        _out.Write(";");
        if (@for.Test is not null)
        {
            _out.Write(" ");
            PrintExpression(@for.Test, Precedence.Sequence);
        }
        _out.Write(";");
        if (@for.Update is not null)
        {
            _out.Write(" ");
            PrintExpression(@for.Update, Precedence.Sequence);
        }
        _out.Write(") ");
        PrintBody(@for.Body);
    }

    private void PrintDeclaration(JsVariableDeclaration declaration, bool allowIn)
    {
        _out.Write(declaration.Kind + " ");
        for (var i = 0; i < declaration.Declarators.Count; i++)
        {
            if (i > 0) _out.Write(", ");
            var declarator = declaration.Declarators[i];
            _out.Map(declarator.Location);
            _out.Write(declarator.Name);
            if (declarator.Init is null) continue;
            _out.Write(" = ");
            // In a for-loop head, `in` would end the initializer: parenthesise it.
            if (!allowIn && ContainsIn(declarator.Init)) PrintParenthesized(declarator.Init);
            else PrintExpression(declarator.Init, Precedence.Assignment);
        }
    }

    private void PrintTry(JsTry @try)
    {
        PrintTryClauses(@try);
        _out.NewLine();
    }

    private void PrintTryClauses(JsTry @try)
    {
        _out.Write("try ");
        PrintBlock(@try.Block);
        if (@try.Handler is not null)
        {
            _out.Write(@try.CatchParameter is null ? " catch " : $" catch ({@try.CatchParameter}) ");
            PrintBlock(@try.Handler);
        }
        if (@try.Finalizer is not null)
        {
            _out.Write(" finally ");
            PrintBlock(@try.Finalizer);
        }
    }

    private void PrintSwitch(JsSwitch @switch)
    {
        _out.Write("switch (");
        PrintExpression(@switch.Discriminant, Precedence.Sequence);
        _out.Write(") {");
        _out.NewLine();
        _out.Indent++;
        foreach (var @case in @switch.Cases)
        {
            _out.Map(@case.Location);
            if (@case.Test is null) _out.Write("default:");
            else
            {
                _out.Write("case ");
                PrintExpression(@case.Test, Precedence.Sequence);
                _out.Write(":");
            }
            if (@case.Body is [JsBlock single])
            {
                _out.Write(" ");
                PrintBlock(single);
                _out.NewLine();
                continue;
            }
            _out.NewLine();
            _out.Indent++;
            foreach (var statement in @case.Body) PrintStatement(statement);
            _out.Indent--;
        }
        _out.Indent--;
        _out.EnsureNewLine();
        _out.Write("}");
        _out.NewLine();
    }
}

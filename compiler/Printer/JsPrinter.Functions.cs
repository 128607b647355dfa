using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Printer;

public sealed partial class JsPrinter
{
    /// <summary><c>[async] function[*] name(params) { … }</c>.</summary>
    private void PrintFunction(JsFunction function, string keyword)
    {
        _out.Map(function.Location);
        if (function.IsAsync) _out.Write("async ");
        _out.Write(keyword);
        if (function.IsGenerator) _out.Write("*");
        _out.Write(function.Name is null ? " " : " " + function.Name);
        PrintParametersAndBody(function);
    }

    private void PrintParametersAndBody(JsFunction function)
    {
        PrintParameters(function.Parameters);
        _out.Write(" ");
        PrintBlock(function.Body);
    }

    private void PrintParameters(IReadOnlyList<JsParameter> parameters)
    {
        _out.Write("(");
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0) _out.Write(", ");
            var parameter = parameters[i];
            _out.Map(parameter.Location);
            if (parameter.IsRest) _out.Write("...");
            _out.Write(parameter.Name);
            if (parameter.Default is null) continue;
            _out.Write(" = ");
            PrintExpression(parameter.Default, Precedence.Assignment);
        }
        _out.Write(")");
    }

    private void PrintArrow(JsArrow arrow)
    {
        if (arrow.IsAsync) _out.Write("async ");
        // One plain parameter needs no parentheses: `v => …`, `async $s => …`.
        if (arrow.Parameters is [{ IsRest: false, Default: null } single])
        {
            _out.Map(single.Location);
            _out.Write(single.Name);
        }
        else PrintParameters(arrow.Parameters);
        _out.Write(" => ");
        switch (arrow.Body)
        {
            case JsBlock { Statements: [JsTry only] } block:
                // An arrow that is one try statement (every async body: compiler/README.md "Async") opens
                // and closes it on its own brace lines: `=> { try {` … `} finally { … } }`, one level less.
                _out.Map(block.Location);
                _out.Write("{ ");
                _out.Map(only.Location);
                PrintTryClauses(only);
                _out.Write(" }");
                break;
            case JsBlock block: PrintBlock(block); break;
            case JsExpression body when Leftmost(body) is JsObjectLiteral || StartsAmbiguously(body): PrintParenthesized(body); break;
            case JsExpression body: PrintExpression(body, Precedence.Assignment); break;
            default: throw new NotSupportedException($"an arrow body cannot be {arrow.Body.GetType().Name}");
        }
    }

    /// <summary>A method head in a class or object literal: <c>[static] [async] [*] [get|set] key</c>.</summary>
    private void PrintMethod(JsExpression key, JsFunction function, bool isStatic, JsMethodKind kind, bool computed)
    {
        _out.Map(function.Location);
        if (isStatic) _out.Write("static ");
        if (function.IsAsync) _out.Write("async ");
        if (function.IsGenerator) _out.Write("*");
        if (kind == JsMethodKind.Getter) _out.Write("get ");
        if (kind == JsMethodKind.Setter) _out.Write("set ");
        PrintPropertyKey(key, computed);
        PrintParametersAndBody(function);
    }

    /// <summary>A property name: bare when it is an identifier name, quoted otherwise, <c>[key]</c> when computed.</summary>
    private void PrintPropertyKey(JsExpression key, bool computed)
    {
        if (computed)
        {
            _out.Write("[");
            PrintExpression(key, Precedence.Assignment);
            _out.Write("]");
            return;
        }
        switch (key)
        {
            case JsStringLiteral { Value: var name } when JsLiterals.IsIdentifierName(name) || IsPrivateName(name):
                _out.Map(key.Location);
                _out.Write(name);
                break;
            case JsIdentifier { Name: var name }:
                _out.Map(key.Location);
                _out.Write(name);
                break;
            case JsStringLiteral or JsNumberLiteral:
                PrintBare(key);
                break;
            default:
                throw new NotSupportedException($"a property key cannot be {key.GetType().Name} unless computed");
        }
    }

    private void PrintClass(JsClass @class)
    {
        _out.Map(@class.Location);
        _out.Write("class");
        if (@class.Name is not null) _out.Write(" " + @class.Name);
        if (@class.Extends is not null)
        {
            _out.Write(" extends ");
            PrintExpression(@class.Extends, Precedence.Call);
        }
        if (@class.Members.Count == 0)
        {
            _out.Write(" {}");
            return;
        }
        _out.Write(" {");
        _out.NewLine();
        _out.Indent++;
        foreach (var member in @class.Members)
        {
            _out.EnsureNewLine();
            _out.Map(member.Location);
            switch (member)
            {
                case JsClassMethod method:
                    PrintMethod(method.Key, method.Function, method.IsStatic, method.Kind, method.Computed);
                    break;
                case JsClassField field:
                    if (field.IsStatic) _out.Write("static ");
                    PrintPropertyKey(field.Key, field.Computed);
                    if (field.Value is not null)
                    {
                        _out.Write(" = ");
                        PrintExpression(field.Value, Precedence.Assignment);
                    }
                    _out.Write(";");
                    break;
                case JsStaticBlock block:
                    _out.Write("static ");
                    PrintBlock(block.Body);
                    break;
                default:
                    throw new NotSupportedException($"the printer has no case for class member {member.GetType().Name}");
            }
            _out.NewLine();
        }
        _out.Indent--;
        _out.Write("}");
    }

    private void PrintObject(JsObjectLiteral obj)
    {
        if (obj.Members.Count == 0)
        {
            _out.Write("{}");
            return;
        }
        // Short data literals stay on one line; anything holding code gets a line per member.
        var multiline = obj.Members.Count > 4 || obj.Members.Any(m => m is JsObjectMethod
            || m is JsProperty { Value: JsFunctionExpression or JsClassExpression or JsArrow { Body: JsBlock } or JsObjectLiteral { Members.Count: > 0 } });
        _out.Write(multiline ? "{" : "{ ");
        if (multiline)
        {
            _out.NewLine();
            _out.Indent++;
        }
        for (var i = 0; i < obj.Members.Count; i++)
        {
            var member = obj.Members[i];
            _out.Map(member.Location);
            switch (member)
            {
                case JsProperty property:
                    PrintPropertyKey(property.Key, property.Computed);
                    _out.Write(": ");
                    PrintExpression(property.Value, Precedence.Assignment);
                    break;
                case JsObjectMethod method:
                    PrintMethod(method.Key, method.Function, isStatic: false, method.Kind, method.Computed);
                    break;
                case JsSpreadMember spread:
                    _out.Write("...");
                    PrintExpression(spread.Argument, Precedence.Assignment);
                    break;
                default:
                    throw new NotSupportedException($"the printer has no case for object member {member.GetType().Name}");
            }
            if (multiline)
            {
                _out.Write(",");
                _out.NewLine();
            }
            else if (i < obj.Members.Count - 1) _out.Write(", ");
        }
        if (multiline)
        {
            _out.Indent--;
            _out.Write("}");
        }
        else _out.Write(" }");
    }
}

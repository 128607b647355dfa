using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>The members C# synthesizes for records (value equality, ToString, with/clone,
/// Deconstruct) and for structs (field-wise Equals, copies).</summary>
internal sealed partial class TypeLowerer
{
    private IEnumerable<(string JsName, ITypeSymbol Type, ISymbol Symbol)> InstanceState() =>
        type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)
            .Select(f => (f.AssociatedSymbol is IPropertySymbol p ? BackingOrPropertyName(p) : table.MemberName(f), f.Type, (ISymbol)f));

    private bool IsRecordBase => table.IsUserType(type.BaseType) && type.BaseType!.IsRecord;

    private void AddRecordMembers()
    {
        var other = new JsIdentifier("o");
        var typedEquals = type.GetMembers("Equals").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, type.OriginalDefinition));
        if (typedEquals is not null && !type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
            members.Add(Method("Equals", [new JsParameter("o")], [new JsReturn(new JsLogical("&&",
                new JsLogical("&&", new JsBinary("!=", other, new JsNullLiteral()), new JsBinary("===", new JsMember(other, "constructor"), new JsMember(new JsThis(), "constructor"))),
                new JsCall(new JsMember(new JsThis(), table.MemberName(typedEquals)), [other])))]));
        if (!type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared))
        {
            JsExpression test = new JsBinary("===", new JsMember(other, "constructor"), new JsMember(new JsThis(), "constructor"));
            test = new JsLogical("&&", new JsBinary("!=", other, new JsNullLiteral()), test);
            if (IsRecordBase) test = new JsLogical("&&", test, new JsCall(new JsMember(new JsSuper(), "Equals"), [other]));
            foreach (var (name, _, _) in InstanceState())
                test = new JsLogical("&&", test, new JsCall(new JsRuntimeRef("$equals"), [new JsMember(new JsThis(), name), new JsMember(other, name)]));
            members.Add(Method("Equals", [new JsParameter("o")], [new JsReturn(new JsLogical("||", new JsBinary("===", other, new JsThis()), test))]));
        }
        if (!HasUserMember("GetHashCode", 0)) AddHashCode();

        // PrintMembers: public fields and properties, base members first, formatted as StringBuilder.Append(object) does.
        var parts = new List<JsExpression>();
        if (IsRecordBase) parts.Add(new JsCall(new JsMember(new JsSuper(), "$printMembers"), []));
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && member is not IPropertySymbol) continue;
            if (member is IPropertySymbol { Name: "EqualityContract" } or IPropertySymbol { IsIndexer: true } or IPropertySymbol { GetMethod: null } or IPropertySymbol { IsOverride: true }) continue;
            if (member is not (IFieldSymbol or IPropertySymbol) || member is IFieldSymbol { IsConst: true }) continue;
            var memberType = member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type;
            var value = new JsMember(new JsThis(), table.MemberName(member));
            parts.Add(new JsBinary("+", new JsStringLiteral(member.Name + " = "), FunctionLowerer.Stringify(module, value, memberType)));
        }
        JsExpression joined = new JsCall(new JsMember(new JsCall(new JsMember(new JsArrayLiteral(parts), "filter"),
            [new JsArrow([new JsParameter("s")], new JsBinary("!==", new JsIdentifier("s"), new JsStringLiteral("")))]), "join"), [new JsStringLiteral(", ")]);
        members.Add(Method("$printMembers", [], [new JsReturn(joined)]));
        if (!HasUserMember("ToString", 0))
        {
            var m = new JsIdentifier("m");
            members.Add(Method("toString", [], [
                new JsVariableDeclaration("const", [new JsVariableDeclarator("m", new JsCall(new JsMember(new JsThis(), "$printMembers"), []))]),
                new JsReturn(new JsBinary("+", new JsMember(new JsMember(new JsThis(), "constructor"), "$name"),
                    new JsConditional(m, new JsBinary("+", new JsBinary("+", new JsStringLiteral(" { "), m), new JsStringLiteral(" }")), new JsStringLiteral(" { }")))),
            ]));
        }
        AddClone();
        if (type.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(m => m.IsImplicitlyDeclared) is { } deconstruct)
        {
            var body = deconstruct.Parameters.Select(p => (JsStatement)new JsExpressionStatement(new JsAssign("=",
                new JsMember(new JsIdentifier(p.Name), "v"),
                new JsMember(new JsThis(), table.MemberName(type.GetMembers(p.Name).First()))))).ToList();
            members.Add(Method(table.MemberName(deconstruct), deconstruct.Parameters.Select(p => new JsParameter(p.Name)).ToList(), body));
        }
    }

    private void AddHashCode()
    {
        var h = new JsIdentifier("h");
        var body = new List<JsStatement>
        {
            new JsVariableDeclaration("let", [new JsVariableDeclarator("h", IsRecordBase
                ? new JsCall(new JsMember(new JsSuper(), "GetHashCode"), [])
                : new JsNumberLiteral(17))]),
        };
        foreach (var (name, _, _) in InstanceState())
            body.Add(new JsExpressionStatement(new JsAssign("=", h, new JsBinary("|",
                new JsBinary("+", new JsCall(new JsMember(new JsIdentifier("Math"), "imul"), [h, new JsNumberLiteral(31)]),
                    new JsCall(new JsRuntimeRef("$hashCode"), [new JsMember(new JsThis(), name)])), new JsNumberLiteral(0)))));
        body.Add(new JsReturn(h));
        members.Add(Method("GetHashCode", [], body));
    }

    // A copy of the object: fields copied, nested struct values copied again (they are values too).
    private void AddClone()
    {
        var c = new JsIdentifier("c");
        var body = new List<JsStatement>
        {
            new JsVariableDeclaration("const", [new JsVariableDeclarator("c", new JsCall(new JsRuntimeRef("$shallowClone"), [new JsThis()]))]),
        };
        foreach (var (name, fieldType, _) in InstanceState())
            if (IsStructValue(fieldType))
                body.Add(new JsExpressionStatement(new JsAssign("=", new JsMember(c, name), new JsCall(new JsMember(new JsMember(c, name), "$clone"), []))));
        body.Add(new JsReturn(c));
        members.Add(Method("$clone", [], body));
    }

    private void AddStructMembers()
    {
        if (!type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
        {
            var other = new JsIdentifier("o");
            JsExpression test = new JsLogical("&&", new JsBinary("!=", other, new JsNullLiteral()),
                new JsBinary("===", new JsMember(other, "constructor"), new JsMember(new JsThis(), "constructor")));
            foreach (var (name, _, _) in InstanceState())
                test = new JsLogical("&&", test, new JsCall(new JsRuntimeRef("$equals"), [new JsMember(new JsThis(), name), new JsMember(other, name)]));
            if (!type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared))
                members.Add(Method("Equals", [new JsParameter("o")], [new JsReturn(test)]));
        }
        if (!HasUserMember("GetHashCode", 0)) AddHashCode();
        AddClone();
    }
}

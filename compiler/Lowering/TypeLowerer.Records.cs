using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>The members C# synthesizes for records (value equality, ToString, with/clone,
/// Deconstruct) and structs (field-wise Equals, copies). They are installed by the runtime's
/// <c>$record</c>/<c>$struct</c> from a description of the fields, which keeps the output small;
/// members the user wrote are kept.</summary>
internal sealed partial class TypeLowerer
{
    private IEnumerable<(string JsName, ITypeSymbol Type, ISymbol Symbol)> InstanceState() =>
        type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst && !IsCaptureField(f))
            .Select(f => (f.AssociatedSymbol is IPropertySymbol p ? BackingOrPropertyName(p) : table.MemberName(f), f.Type, (ISymbol)f));

    private bool IsRecordBase => table.IsUserType(type.BaseType) && type.BaseType!.IsRecord;

    private bool UserWrote(string name, int arity, SpecialType? parameter = null) =>
        type.GetMembers(name).OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == arity
            && (parameter is null || m.Parameters[0].Type.SpecialType == parameter));

    /// <summary>The description <c>$record</c>/<c>$struct</c> read: state fields, printed members, nested struct fields.</summary>
    private JsObjectLiteral ValueTypeDescription(bool isRecord)
    {
        var props = new List<JsObjectMember>
        {
            new JsProperty(new JsIdentifier("fields"), new JsArrayLiteral(InstanceState().Select(s => (JsExpression)new JsStringLiteral(s.JsName)).ToList())),
        };
        var structs = InstanceState().Where(s => IsStructValue(s.Type)).Select(s => (JsExpression)new JsStringLiteral(s.JsName)).ToList();
        if (structs.Count > 0) props.Add(new JsProperty(new JsIdentifier("structs"), new JsArrayLiteral(structs)));
        if (isRecord)
        {
            // PrintMembers: public fields and properties, formatted as StringBuilder.Append(object) does
            var printed = new List<JsExpression>();
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && member is not IPropertySymbol) continue;
                if (member is IPropertySymbol { Name: "EqualityContract" } or IPropertySymbol { IsIndexer: true } or IPropertySymbol { GetMethod: null } or IPropertySymbol { IsOverride: true }) continue;
                if (member is not (IFieldSymbol or IPropertySymbol) || member is IFieldSymbol { IsConst: true }) continue;
                var memberType = member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type;
                var v = new JsIdentifier("v");
                var text = FunctionLowerer.Stringify(module, v, memberType);
                var jsName = table.MemberName(member);
                var formatter = PrintsLikeToString(memberType) || text is JsCall { Callee: JsRuntimeRef { Name: "$toString" } } ? null : new JsArrow([new JsParameter("v")], text);
                // The short forms: "Name" when the JS name is the C# name and $toString prints the value as C# does.
                if (formatter is null && jsName == member.Name) printed.Add(new JsStringLiteral(member.Name));
                else printed.Add(new JsArrayLiteral([new JsStringLiteral(member.Name), new JsStringLiteral(jsName), .. formatter is null ? Array.Empty<JsExpression>() : [formatter]]));
            }
            // Printing exactly the state fields (a plain positional record) needs no list of its own.
            var fields = (JsArrayLiteral)((JsProperty)props[0]).Value;
            var printsFields = printed.Count == fields.Elements.Count && printed.Zip(fields.Elements).All(p => p.First is JsStringLiteral a && p.Second is JsStringLiteral b && a.Value == b.Value);
            if (!printsFields) props.Add(new JsProperty(new JsIdentifier("print"), new JsArrayLiteral(printed)));
            // A PrintMembers(StringBuilder) the user wrote replaces the printed list: called on this class, not virtually,
            // because a derived record's synthesized PrintMembers reaches it as its base's.
            if (type.GetMembers("PrintMembers").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1) is { } printMembers)
            {
                var o = new JsIdentifier("o");
                var b = new JsIdentifier("b");
                var call = new JsCall(new JsMember(new JsMember(new JsMember(Self, "prototype"), table.MemberName(printMembers)), "call"), [o, b]);
                props.Add(new JsProperty(new JsIdentifier("printer"), new JsArrow(
                    [new JsParameter("o"), new JsParameter("b", new JsNew(new JsRuntimeRef("$StringBuilder"), []))],
                    new JsConditional(call, new JsCall(new JsMember(b, "toString"), []), new JsStringLiteral("")))));
            }
            if (IsRecordBase) props.Add(new JsProperty(new JsIdentifier("derived"), new JsBooleanLiteral(true)));
        }
        var keep = new List<JsExpression>();
        if (UserWrote("Equals", 1, SpecialType.System_Object)) keep.Add(new JsStringLiteral("Equals"));
        if (UserWrote("GetHashCode", 0)) keep.Add(new JsStringLiteral("GetHashCode"));
        if (UserWrote("ToString", 0) || isRecord && BaseSealsToString()) keep.Add(new JsStringLiteral("toString"));
        if (keep.Count > 0) props.Add(new JsProperty(new JsIdentifier("keep"), new JsArrayLiteral(keep)));
        return new JsObjectLiteral(props);
    }

    /// <summary>A base record's <c>sealed override ToString()</c>: C# synthesizes no ToString in the records derived from it.</summary>
    private bool BaseSealsToString()
    {
        for (var t = type.BaseType; t is not null && t.IsRecord; t = t.BaseType)
            if (t.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && m.IsSealed)) return true;
        return false;
    }

    /// <summary>Whether the runtime's <c>$toString</c> prints a value of this type as StringBuilder.Append(object)
    /// would: strings (null as ""), booleans as True/False, 64-bit integers, doubles (its number case is
    /// $doubleToString), and objects (their own ToString). Not so for chars and enums (numbers in JS), floats, and
    /// 32-bit integers (a JS -0 would print as "-0"), nor for arrays and generic collections (their static type's name,
    /// <see cref="ClrTypeNames"/>, which the erased value does not carry).</summary>
    private static bool PrintsLikeToString(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double
        || type.IsReferenceType && type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Interface or TypeKind.Array
            && ClrTypeNames.PrintedName(type) is null
        || type.SpecialType == SpecialType.System_Object;

    private void AddRecordMembers()
    {
        // A user-written Equals(R) is what the runtime's Equals(object) calls.
        var typedEquals = type.GetMembers("Equals").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, type.OriginalDefinition));
        var description = ValueTypeDescription(isRecord: true);
        if (typedEquals is not null && !UserWrote("Equals", 1, SpecialType.System_Object))
            description = new JsObjectLiteral([.. description.Members, new JsProperty(new JsIdentifier("typedEquals"), new JsStringLiteral(table.MemberName(typedEquals)))]);
        after.Add(new JsExpressionStatement(new JsCall(new JsRuntimeRef("$record"), [Self, description])));
        if (type.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(m => m.IsImplicitlyDeclared) is { } deconstruct)
        {
            var body = deconstruct.Parameters.Select(p => (JsStatement)new JsExpressionStatement(new JsAssign("=",
                new JsMember(new JsIdentifier(p.Name), "v"),
                new JsMember(new JsThis(), table.MemberName(FindMember(p.Name)))))).ToList();
            members.Add(Method(table.MemberName(deconstruct), deconstruct.Parameters.Select(p => new JsParameter(p.Name)).ToList(), body));
        }
    }

    private ISymbol FindMember(string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.GetMembers(name).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol) is { } found) return found;
        throw new InvalidOperationException($"record member {name} not found");
    }

    private void AddStructMembers()
    {
        var description = ValueTypeDescription(isRecord: false);
        if (type.IsReadOnly) description = new JsObjectLiteral([.. description.Members, new JsProperty(new JsIdentifier("immutable"), new JsBooleanLiteral(true))]);
        after.Add(new JsExpressionStatement(new JsCall(new JsRuntimeRef("$struct"), [Self, description])));
    }
}

// Interop attributes in the Bridge/H5 tradition. They are compiled into every user
// program (the compiler adds this file to each compilation), so they carry no logic:
// the compiler reads them by full name from Roslyn symbols.
using System;

namespace H5;

/// <summary>The type or member exists in JavaScript already: no code is emitted for it,
/// uses refer to it by its (possibly [Name]d) JavaScript name.</summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = false, Inherited = false)]
public sealed class ExternalAttribute : Attribute { }

/// <summary>The JavaScript name of a type or member.</summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = false, Inherited = false)]
public sealed class NameAttribute : Attribute
{
    public NameAttribute(string value) => Value = value;
    public string Value { get; }
}

/// <summary>How members of an [External] type are named in JavaScript when they have no [Name].</summary>
public enum Notation { None, CamelCase, LowerCase }

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class ConventionAttribute : Attribute
{
    public ConventionAttribute(Notation notation) => Notation = notation;
    public Notation Notation { get; }
}

/// <summary>A call (or property get, or constructor) is emitted as this JavaScript text:
/// <c>{this}</c> is the receiver, <c>{name}</c> a parameter, <c>{*name}</c> a params array
/// spread as arguments, <c>{T}</c> a type argument's constructor.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class TemplateAttribute : Attribute
{
    public TemplateAttribute(string format) => Format = format;
    public string Format { get; }
}

/// <summary>The method's <c>params</c> array is passed as separate JavaScript arguments (<c>push(1, 2)</c>,
/// not <c>push([1, 2])</c>); an array variable given for it is spread (<c>push(...items)</c>).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
public sealed class ExpandParamsAttribute : Attribute { }

/// <summary>Instances are plain JavaScript objects: <c>new T { A = 1 }</c> is <c>{ A: 1 }</c>.
/// Only members that are assigned appear in the literal.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ObjectLiteralAttribute : Attribute { }

/// <summary>The type or static member is bound to an ES module import:
/// <c>import { Export as X } from "Module"</c>, or the default export when Export is "default".</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ImportAttribute : Attribute
{
    public ImportAttribute(string module, string export = "default")
    {
        Module = module;
        Export = export;
    }
    public string Module { get; }
    public string Export { get; }
}

/// <summary>The static class becomes the module's <c>export default</c>: an object literal holding
/// its public static methods by their JavaScript names. A Workers handler without [Name] (<c>Fetch</c>,
/// <c>Scheduled</c>, <c>Queue</c>, <c>Email</c>, <c>Tail</c>, <c>Trace</c>, <c>Test</c>, <c>Alarm</c>) is exported camelCased
/// (<c>fetch</c>), the name workerd calls.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExportDefaultAttribute : Attribute { }

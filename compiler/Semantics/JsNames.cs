using System.Collections.Frozen;

namespace EdgeMirror.Compiler.Semantics;

/// <summary>Which identifiers a C# name must not become in JavaScript: reserved words, and the
/// globals the runtime and templates rely on (a user class named Map must not shadow the global Map).</summary>
public static class JsNames
{
    private static readonly FrozenSet<string> Reserved = new[]
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
        "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
        "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected",
        "public", "await", "async", "of", "get", "set", "arguments", "eval", "undefined", "NaN", "Infinity",
        "constructor", "prototype",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Globals = new[]
    {
        "Object", "Function", "Array", "Number", "String", "Boolean", "Symbol", "BigInt", "Math", "JSON", "Date",
        "RegExp", "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError",
        "AggregateError", "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "Promise", "Proxy", "Reflect", "Intl",
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
        "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
        "Uint8ClampedArray", "Atomics", "globalThis", "console", "process", "Buffer", "setTimeout", "clearTimeout",
        "setInterval", "clearInterval", "queueMicrotask", "structuredClone", "fetch", "Request", "Response",
        "Headers", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "crypto", "caches", "atob", "btoa",
        "ReadableStream", "WritableStream", "TransformStream", "AbortController", "AbortSignal", "Blob",
        "FormData", "Event", "EventTarget", "WebSocket", "isNaN", "isFinite", "parseInt", "parseFloat",
        "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "escape", "unescape", "Iterator",
        "navigator", "performance", "scheduler", "HTMLRewriter", "DigestStream", "FixedLengthStream", "require", "module",
        "exports", "self", "window", "document",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A JS-safe name for a module-level or local binding.</summary>
    public static string Binding(string name) =>
        Reserved.Contains(name) || Globals.Contains(name) ? name + "$" : name;

    /// <summary>Whether the text is a plain JS identifier (ASCII letters, digits, <c>_</c>, <c>$</c>; not starting with a digit).</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !Reserved.Contains(name);

    /// <summary>Whether a [Name] can name a member: any non-empty text without quotes, brackets or line breaks
    /// (members are read with <c>.name</c>, so it must be an identifier name; reserved words are fine there).</summary>
    public static bool IsPropertyName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');

    /// <summary>Property names may be reserved words in JS; only the ones that change meaning are escaped.</summary>
    public static string Property(string name) => name is "constructor" or "__proto__" or "prototype" ? name + "$" : name;
}

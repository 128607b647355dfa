#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using H5;

namespace EdgeMirror.Workers;

/// <summary>The JS console (what <c>wrangler tail</c> shows). Named JsConsole so it never hides System.Console.</summary>
[External, Name("console")]
public static class JsConsole
{
    [Template("console.log({message})")]
    public static extern void Log(string message);
    /// <summary>Several values, as console.log prints them (objects inspected, not ToString'd).</summary>
    [Template("console.log({*values})")]
    public static extern void Log(params object?[] values);

    [Template("console.info({message})")]
    public static extern void Info(string message);

    [Template("console.debug({message})")]
    public static extern void Debug(string message);

    [Template("console.warn({message})")]
    public static extern void Warn(string message);

    [Template("console.error({message})")]
    public static extern void Error(string message);
    [Template("console.error({*values})")]
    public static extern void Error(params object?[] values);
}

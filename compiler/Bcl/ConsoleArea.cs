namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Console and the TextWriters behind Console.Out/Error (Runtime/console.mjs).
/// Every overload becomes one string first: chars print as characters, floats with single-precision
/// shortest digits, everything else through $toString.</summary>
public sealed class ConsoleArea : IBclArea
{
    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members =>
        Writes("M:System.Console.", "@Console.")
        .Concat(Writes("M:System.IO.TextWriter.", "{this}."))
        .Concat(
        [
            new("M:System.Console.get_Out", "@Console.Out"),
            new("M:System.Console.get_Error", "@Console.Error"),
            new("M:System.IO.TextWriter.Flush", "{this}.Flush()"),
        ]);

    /// <summary>Write and WriteLine overloads of Console (static) or a TextWriter (instance, <c>{this}.</c>).</summary>
    private static IEnumerable<BclMember> Writes(string idPrefix, string target)
    {
        foreach (var method in new[] { "Write", "WriteLine" })
        {
            var call = target + method;
            if (method == "WriteLine") yield return new(idPrefix + "WriteLine", call + "()");
            yield return new($"{idPrefix}{method}(System.String)", $"{call}({{value}} ?? \"\")");
            yield return new($"{idPrefix}{method}(System.Object)", $"{call}(@toString({{value}}))");
            yield return new($"{idPrefix}{method}(System.Boolean)", $"{call}({{value}} ? \"True\" : \"False\")");
            yield return new($"{idPrefix}{method}(System.Char)", $"{call}(String.fromCharCode({{value}}))");
            yield return new($"{idPrefix}{method}(System.Char[])", $"{call}(@stringFromChars({{buffer}}))");
            yield return new($"{idPrefix}{method}(System.Char[],System.Int32,System.Int32)", $"{call}(@stringFromChars({{buffer}}, {{index}}, {{count}}))");
            yield return new($"{idPrefix}{method}(System.Int32)", $"{call}(String({{value}}))");
            yield return new($"{idPrefix}{method}(System.UInt32)", $"{call}(String({{value}}))");
            yield return new($"{idPrefix}{method}(System.Int64)", $"{call}(String({{value}}))");
            yield return new($"{idPrefix}{method}(System.UInt64)", $"{call}(String({{value}}))");
            yield return new($"{idPrefix}{method}(System.Double)", $"{call}(@doubleToString({{value}}))");
            yield return new($"{idPrefix}{method}(System.Single)", $"{call}(@floatToString({{value}}))");
            yield return new($"{idPrefix}{method}(System.String,System.Object)", $"{call}(@format({{format}}, [{{arg0}}]))");
            yield return new($"{idPrefix}{method}(System.String,System.Object,System.Object)", $"{call}(@format({{format}}, [{{arg0}}, {{arg1}}]))");
            yield return new($"{idPrefix}{method}(System.String,System.Object,System.Object,System.Object)", $"{call}(@format({{format}}, [{{arg0}}, {{arg1}}, {{arg2}}]))");
            yield return new($"{idPrefix}{method}(System.String,System.Object[])", $"{call}(@format({{format}}, {{arg}}))");
            yield return new($"{idPrefix}{method}(System.String,System.ReadOnlySpan{{System.Object}})", $"{call}(@format({{format}}, {{arg}}))");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;

// Concatenation and interpolation print a null string as "": the compiler drops its `?? ""` only where an
// operand cannot be null by its shape. These are the shapes that look safe and are not, beside those that are.
public sealed class Named
{
    public string? Label;
    public override string? ToString() => Label;
}

public static class Program
{
    private static string? Maybe(int i) => i % 2 == 0 ? null : "odd";

    private static bool TryName(int i, out string? name)
    {
        name = i > 0 ? "n" + i : null;
        return i > 0;
    }

    public static void Main()
    {
        // a local whose declaration is non-null but a lambda later writes null into it
        string captured = "start";
        Action clear = () => captured = null!;
        Console.WriteLine("[" + captured + "]");
        clear();
        Console.WriteLine("[" + captured + "]" + $"<{captured}>");

        // a local written through out, and one through ref
        string viaOut = "x";
        TryName(0, out viaOut!);
        Console.WriteLine("out: " + viaOut + "|");
        string viaRef = "y";
        Reset(ref viaRef);
        Console.WriteLine("ref: " + viaRef + "|");

        // a ref alias writes the local
        string aliased = "alias";
        ref string alias = ref aliased;
        alias = null!;
        Console.WriteLine("alias: " + aliased + "|");

        // foreach variables, deconstruction and `var` patterns may be null
        foreach (var item in new List<string?> { "a", null, "c" })
            Console.WriteLine("item: " + item + "|" + $"{item}|");
        var (left, right) = ("l", (string?)null);
        Console.WriteLine("tuple: " + left + right + "|");
        object? boxed = null;
        if (boxed is var anything) Console.WriteLine("var pattern: " + (anything as string) + "|");
        if (Maybe(1) is string typed) Console.WriteLine("type pattern: " + typed + "|");

        // a user's ToString may answer null; string methods and primitives never do
        var named = new Named();
        Console.WriteLine("named: " + named.ToString() + "|" + $"{named}|" + named + "|");
        Console.WriteLine("methods: " + "Abc".ToLower() + 12.ToString() + true.ToString() + 'c'.ToString() + new StringBuilder("sb").ToString() + string.Join(",", "a", "b"));

        // coalescing and conditionals: non-null only when every branch is
        string? nothing = Maybe(2);
        Console.WriteLine("coalesce: " + (nothing ?? "fallback") + "|" + (nothing ?? Maybe(4)) + "|");
        Console.WriteLine("conditional: " + (nothing == null ? "none" : nothing) + "|" + (nothing == null ? Maybe(6) : "x") + "|");

        // a local assigned only non-null strings, in branches and by +=
        string built;
        if (Environment.TickCount > -1) built = "yes"; else built = "no";
        built += nothing;
        Console.WriteLine("built: " + built + "|" + $"{built}|");
        string? later = null;
        later ??= "assigned";
        Console.WriteLine("later: " + later + "|");
        string? stillNull = null;
        stillNull ??= Maybe(8);
        Console.WriteLine("still null: " + stillNull + "|");
    }

    private static void Reset(ref string value) => value = null!;
}

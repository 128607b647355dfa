using System;

// The compiler drops a constant-index check that earlier code proves: a check of a larger index that ran
// before, or a guard on the length that returned. Each case here has a twin where the proof does not hold
// and the index must still throw IndexOutOfRangeException.
public static class Program
{
    private sealed class Holder
    {
        public int Value;
        public int Take(int v) { Value = v; return v; }
    }

    private static string Parse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != "em1") return "bad";
        if (parts[2].Length == 0 || parts[2].Length > 8) return "bad middle";
        return parts[1] + "|" + parts[2] + "|" + parts[3];
    }

    private static string LastChar(string name)
    {
        if (name.Length == 0) return "empty";
        return name[0] + "" + name[name.Length - 1];
    }

    private static char LastCharUnguarded(string name) => name[name.Length - 1];

    private static int AfterReassignment(int[] a, int[] shorter)
    {
        var first = a[3];
        a = shorter;
        return first + a[2];
    }

    private static int ReassignedInTheSameStatement(int[] a, int[] shorter)
    {
        var first = a[3];
        var second = (a = shorter)[2];
        return first + second;
    }

    private static int InALoop(int[] a, int[] shorter)
    {
        var sum = a[2];
        for (var i = 0; i < 2; i++)
        {
            sum += a[2];
            a = shorter;
        }
        return sum;
    }

    private static int AfterTry(int[] a, int[] shorter)
    {
        var x = a[3];
        try
        {
            a = shorter;
            x += a[5];
        }
        catch (IndexOutOfRangeException)
        {
            x += a[1] + a[2];
        }
        return x;
    }

    private static int ConditionalAndOptional(int[] a, bool take, Holder? holder)
    {
        var x = take ? a[5] : 0;
        holder?.Take(a[6]);
        return x + a[4];
    }

    private static int Sum3(int a, int b, int c) => a + b + c;

    // arguments run left to right: a later one knows an earlier one's checks, unless something in between assigns
    private static int InArguments(int[] a) => Sum3(a[2], a[1], a[0]) + a[2] * 10;
    private static int AssignedBetweenArguments(int[] a, int[] shorter) => Sum3(a[3], (a = shorter).Length, a[2]);
    private static int AssignedInAnOperand(int[] a, int[] shorter) => a[3] + (a = shorter)[0] + a[2];
    private static string HexDigits(byte b) => "0123456789abcdef"[b & 15] + "" + "0123456789abcdef"[b >> 4] + "xyz"[b & 3];

    private static int AndOr(int[] a) => a.Length > 2 && a[2] > 0 || a.Length == 0 ? 1 : a[1];

    private static int InClosure(int[] a, int[] shorter)
    {
        var first = a[3];
        Func<int> later = () => a[3];
        a = shorter;
        return first + later();
    }

    public static void Main()
    {
        Console.WriteLine(Parse("em1.12.abc.def"));
        Console.WriteLine(Parse("em1.12.abc"));
        Console.WriteLine(Parse("xx1.1.2.3"));
        Console.WriteLine(Parse("em1.1..3"));
        Console.WriteLine(LastChar("abc") + " " + LastChar(""));
        Try("unguarded last char of \"\"", () => LastCharUnguarded(""));
        Console.WriteLine(LastCharUnguarded("xyz"));
        int[] four = { 1, 2, 3, 4 }, two = { 10, 20 }, eight = { 1, 2, 3, 4, 5, 6, 7, 8 };
        Try("after reassignment", () => AfterReassignment(four, two));
        Try("reassigned in the same statement", () => ReassignedInTheSameStatement(four, two));
        Try("in a loop", () => InALoop(four, two));
        Try("after try", () => AfterTry(four, two));
        Try("after try, long enough", () => AfterTry(eight, eight));
        Try("conditional not taken", () => ConditionalAndOptional(four, false, null));
        Try("conditional taken", () => ConditionalAndOptional(four, true, null));
        Try("optional call on a holder", () => ConditionalAndOptional(eight, true, new Holder()));
        Try("optional call on null", () => ConditionalAndOptional(eight, false, null));
        Try("and/or on four", () => AndOr(four));
        Try("and/or on two", () => AndOr(two));
        Try("and/or on one", () => AndOr(new[] { 5 }));
        Try("and/or on none", () => AndOr(Array.Empty<int>()));
        Try("in closure", () => InClosure(four, two));
        Try("in arguments", () => InArguments(four));
        Try("in arguments of two", () => InArguments(two));
        Try("assigned between arguments", () => AssignedBetweenArguments(four, two));
        Try("assigned in an operand", () => AssignedInAnOperand(four, two));
        Try("assigned in an operand, long enough", () => AssignedInAnOperand(eight, four));
        Try("hex digits of 0x3f", () => HexDigits(0x3f));
        Try("hex digits of 0x02", () => HexDigits(0x02));
    }

    private static void Try(string what, Func<object> run)
    {
        try { Console.WriteLine(what + ": " + run()); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }
}

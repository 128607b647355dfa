using System;

// Array element access is bounds-checked inline; every index expression must still be evaluated once.
class Program
{
    static int calls;
    static int Next(int i) { calls++; return i; }
    static int[] Pick(int[] a) { calls++; return a; }

    static void Try(string label, Func<int> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(label + ": " + e.GetType().Name + " " + e.Message); }
        catch (NullReferenceException e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        var a = new[] { 10, 20, 30, 40 };
        var i = 1;
        Console.WriteLine(a[i] + a[i + 1] + a[a.Length - 1] + a[a.Length - 4]);
        a[Next(2)] += 5;
        a[Next(0)]++;
        Pick(a)[Next(3)] *= 2;
        Console.WriteLine(string.Join(",", a) + " calls=" + calls);
        Try("a[-1]", () => a[i - 2]);
        Try("a[4]", () => a[i + 3]);
        Try("a[Length]", () => a[a.Length]);
        Try("a[int.MinValue]", () => a[int.MinValue]);
        Try("a[Next(9)]", () => a[Next(9)]);
        Console.WriteLine("calls=" + calls);
        try { a[a.Length] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("store past the end throws"); }
        int[]? none = null;
        Try("null[0]", () => none![0]);
        long l = 2;
        Console.WriteLine(a[l]);
        var bytes = new byte[3];
        for (var k = 0; k < 3; k++) bytes[k] = (byte)(k * 100 + 55);
        var sum = 0u;
        for (var k = bytes.Length - 1; k >= 0; k--) sum = (sum << 8) | bytes[k];
        Console.WriteLine(sum);
        var grid = new int[3][];
        for (var r = 0; r < 3; r++) { grid[r] = new int[r + 1]; grid[r][r] = r * 7; }
        Console.WriteLine(grid[2][2] + grid[1][1]);
    }
}

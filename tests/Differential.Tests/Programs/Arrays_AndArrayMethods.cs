using System;
using System.Linq;

class Program
{
    static string Show<T>(T[] a) => "[" + string.Join(",", a) + "]";

    static void Main()
    {
        int[] a = { 5, 3, 9, 1, 7 };
        var b = new int[5];
        var c = new[] { "x", "y", "z" };
        var d = new string[2];
        Console.WriteLine(Show(a) + Show(b) + Show(c) + Show(d) + a.Length + " " + (d[0] is null));
        Array.Sort(a);
        Console.WriteLine(Show(a));
        Array.Reverse(a);
        Console.WriteLine(Show(a));
        Console.WriteLine(Array.IndexOf(a, 7) + " " + Array.IndexOf(a, 42) + " " + Array.LastIndexOf(new[] { 1, 2, 1 }, 1));
        Console.WriteLine(Array.BinarySearch(new[] { 1, 3, 5, 7 }, 5) + " " + (Array.BinarySearch(new[] { 1, 3, 5, 7 }, 4) < 0));
        Console.WriteLine(Array.Exists(a, x => x > 8) + " " + Array.Find(a, x => x < 5) + " " + Array.FindIndex(a, x => x == 3) + " " + Show(Array.FindAll(a, x => x % 3 == 0)));
        Console.WriteLine(Array.TrueForAll(a, x => x > 0));
        Array.Fill(b, 4);
        Console.WriteLine(Show(b));
        Array.Clear(b, 1, 2);
        Console.WriteLine(Show(b));
        var copy = new int[7];
        Array.Copy(a, copy, 3);
        Array.Copy(a, 3, copy, 5, 2);
        Console.WriteLine(Show(copy));
        var resized = a;
        Array.Resize(ref resized, 7);
        Console.WriteLine(Show(resized) + " " + a.Length);
        Array.Resize(ref resized, 2);
        Console.WriteLine(Show(resized));
        var cloned = (int[])a.Clone();
        cloned[0] = -1;
        Console.WriteLine(Show(a) + Show(cloned));
        Console.WriteLine(Show(Array.Empty<int>()) + Array.Empty<string>().Length);
        Console.WriteLine(Show(Array.ConvertAll(a, x => x * 0.5)));
        a.CopyTo(copy, 2);
        Console.WriteLine(Show(copy));
        string[] words = { "pear", "Apple", "fig", "banana" };
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine(Show(words));
        Array.Sort(words, (x, y) => x.Length.CompareTo(y.Length));
        Console.WriteLine(Show(words));
        Array.Sort(words, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(Show(words));
        int[][] jagged = { new[] { 1 }, new[] { 2, 3 }, new int[0] };
        Console.WriteLine(jagged.Length + " " + jagged[1][1] + " " + jagged[2].Length + " " + jagged.Sum(r => r.Length));
        var matrix = new int[3][];
        for (int i = 0; i < 3; i++)
        {
            matrix[i] = new int[3];
            for (int j = 0; j < 3; j++) matrix[i][j] = i * 3 + j;
        }
        foreach (var row in matrix) Console.WriteLine(string.Join(" ", row));
        var bytes = new byte[] { 1, 2, 255 };
        Console.WriteLine(Show(bytes) + bytes.Sum(x => x));
        bool[] flags = new bool[3];
        flags[1] = true;
        Console.WriteLine(Show(flags));
        char[] chars = "hello".ToCharArray();
        Array.Sort(chars);
        Console.WriteLine(new string(chars) + " " + chars.Length);
        double[] ds = { 2.5, -1, 0.1 };
        Array.Sort(ds);
        Console.WriteLine(Show(ds));
        Console.WriteLine(a[a.Length - 1]);
        object[] objs = { 1, "two", 3.0, null!, 'c' };
        Console.WriteLine(Show(objs) + objs.Length);
        Console.WriteLine(a.Contains(9) + " " + a.Max() + " " + a.Min());
        var sorted = new[] { 3, 1, 2 };
        Array.Sort(sorted, 1, 2);
        Console.WriteLine(Show(sorted));
        Console.WriteLine(Array.IndexOf(c, "z") + " " + c.Length);
    }
}

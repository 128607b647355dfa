using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

// Arrays of numeric element types are typed arrays in JS; every way of making one and every
// library helper that takes one must behave as on .NET.
class Program
{
    static string Show<T>(T[] a) => "[" + string.Join(",", a) + "]";
    static int Sum(params int[] xs) { var s = 0; foreach (var x in xs) s += x; return s; }
    static object Box(object o) => o;

    static void Main()
    {
        var bytes = new byte[4];
        bytes[0] = 255;
        bytes[1] = (byte)(bytes[0] + 1);
        bytes[2] = unchecked((byte)-1);
        bytes[3]++;
        Console.WriteLine(Show(bytes) + " " + bytes.Length);

        sbyte[] sb = { -128, 127, 0 };
        short[] sh = { short.MinValue, short.MaxValue };
        ushort[] us = { 0, ushort.MaxValue };
        int[] ints = [int.MinValue, -1, int.MaxValue];
        uint[] uints = { 0u, 0x80000000u, uint.MaxValue };
        float[] floats = { 0.1f, 1.5f, float.MaxValue };
        double[] doubles = { 0.1, 1e300, -0.0 };
        Console.WriteLine(Show(sb) + Show(sh) + Show(us) + Show(ints) + Show(uints) + floats[0] + " " + floats[2] + " " + floats.Length + Show(doubles));
        uints[0] = uints[1] + uints[1];
        uints[1] <<= 1;
        uints[2] += 2;
        Console.WriteLine(Show(uints) + " " + (uints[2] > 0));
        floats[0] = floats[0] * 3f;
        Console.WriteLine(floats[0] + " " + (floats[0] == 0.3f) + " " + (double)floats[0]);

        Console.WriteLine(bytes.ToString() + " " + ints + " " + uints.GetType().Name + " " + doubles.GetType().FullName + " " + Box(sb));
        Console.WriteLine((Box(ints) is int[]) + " " + (Box(bytes) is byte[]) + " " + (Box(ints) is IEnumerable<int>) + " " + (Box(ints) is string));
        var back = (int[])Box(ints);
        Console.WriteLine(back[2]);

        // params, collection expressions with spreads, Array.Empty, ToArray
        Console.WriteLine(Sum() + " " + Sum(1, 2, 3) + " " + Sum(ints[1], 5));
        int[] spread = [.. ints, 4, .. new[] { 5, 6 }];
        Console.WriteLine(Show(spread) + " " + Array.Empty<byte>().Length + " " + Show(new List<byte> { 1, 2 }.ToArray()));
        var squares = Enumerable.Range(1, 5).Select(i => i * i).ToArray();
        Console.WriteLine(Show(squares) + " " + squares.Sum() + " " + squares.Max() + " " + squares.Average() + " " + squares.Where(x => x > 4).Count());
        var selected = squares.Select((x, i) => (byte)(x * 100 + i)).ToArray();
        Console.WriteLine(Show(selected) + " " + selected.Contains((byte)145) + " " + Array.IndexOf(selected, (byte)145));

        // Array.* helpers
        Array.Sort(spread);
        Console.WriteLine(Show(spread));
        Array.Reverse(spread, 0, 3);
        Console.WriteLine(Show(spread));
        Array.Sort(spread, (x, y) => y.CompareTo(x));
        Console.WriteLine(Show(spread));
        var keys = new byte[] { 3, 1, 2 };
        var items = new[] { "c", "a", "b" };
        Array.Sort(keys, items);
        Console.WriteLine(Show(keys) + Show(items));
        var resized = new ushort[] { 1, 2, 3 };
        Array.Resize(ref resized, 5);
        Console.WriteLine(Show(resized));
        Array.Resize(ref resized, 2);
        Console.WriteLine(Show(resized));
        var copy = new int[5];
        Array.Copy(squares, 1, copy, 0, 4);
        Array.Copy(copy, 0, copy, 1, 3);
        Console.WriteLine(Show(copy) + Show((int[])copy.Clone()));
        Array.Fill(copy, 7, 1, 2);
        Array.Clear(copy, 0, 1);
        Console.WriteLine(Show(copy) + " " + Array.Exists(copy, x => x == 7) + " " + Array.FindLast(copy, x => x > 0) + " " + Show(Array.FindAll(copy, x => x == 7)));
        Console.WriteLine(Show(Array.ConvertAll(keys, k => k * 1000)) + " " + Array.BinarySearch(keys, (byte)2));

        // foreach, LINQ, string.Join, Span-like helpers
        var total = 0L;
        foreach (var u in uints) total += u;
        Console.WriteLine(total + " " + string.Join("-", bytes) + " " + string.Concat(sb));
        Console.WriteLine(Show(bytes.Reverse().ToArray()) + " " + Show(ints.OrderBy(x => x).ToArray()) + " " + Show(doubles.Distinct().ToArray()));
        Console.WriteLine(ints.IndexOf(-1) + " " + bytes.Contains((byte)0) + " " + ints.Contains(7));
        var list = new List<int>(squares);
        list.Add(36);
        Console.WriteLine(list.Count + " " + list[5] + " " + Show(list.ToArray()));

        // Encoding, Convert, BitConverter
        var utf8 = Encoding.UTF8.GetBytes("héllo");
        Console.WriteLine(utf8 + " " + Show(utf8) + " " + Encoding.UTF8.GetString(utf8, 1, 3) + " " + Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("abc")));
        var fromB64 = Convert.FromBase64String("AAEC/w==");
        Console.WriteLine(Show(fromB64) + " " + Convert.ToBase64String(fromB64) + " " + Convert.ToHexString(utf8) + " " + BitConverter.ToString(fromB64));
        var intBytes = BitConverter.GetBytes(-2);
        Console.WriteLine(Show(intBytes) + " " + BitConverter.ToInt32(intBytes, 0) + " " + BitConverter.ToUInt32(intBytes, 0) + " " + intBytes.GetType().Name);
        Console.WriteLine(Show(Encoding.UTF8.GetPreamble()));

        // negative sizes and bounds
        try { var n = -1; var bad = new byte[n]; Console.WriteLine(bad.Length); }
        catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(bytes[4]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }

        // char[]: UTF-16 codes, but its own type
        var chars = "hello, world".ToCharArray();
        Array.Reverse(chars);
        var made = new char[3];
        made[0] = 'x'; made[1] = (char)(made[0] + 1); made[2] = 'z';
        char[] literal = { 'a', ',', 'b' };
        Console.WriteLine(new string(chars) + " " + new string(made) + " " + chars + " " + chars.GetType().Name + " " + Box(literal) + " " + chars.Length + " " + (Box(chars) is char[]));
        Console.WriteLine(string.Join("|", "a,b;c".Split(',', ';')) + " " + "a,b".Split(literal)[1] + " " + "xxhixx".Trim('x') + " " + "hello".IndexOfAny(new[] { 'l', 'o' }) + " " + new string(made, 1, 2));
        Array.Resize(ref made, 4);
        Console.WriteLine(made.Length + " " + (int)made[3] + " " + new string(Array.FindAll(chars, c => c != 'l')) + " " + new string("abc".ToCharArray(1, 2)) + " " + made.Contains('y'));
        var sbuf = new StringBuilder();
        sbuf.Append(literal).Append(made, 0, 2);
        Console.WriteLine(sbuf.ToString() + " " + new string(sbuf.ToString().Where(char.IsLetter).ToArray()));

        // jagged numeric arrays
        var grid = new int[3][];
        for (var i = 0; i < grid.Length; i++) { grid[i] = new int[i + 1]; grid[i][i] = i * 10; }
        Console.WriteLine(string.Join("|", grid.Select(Show)));
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

class Item : IComparable<Item>
{
    public string Name = "";
    public int Rank;
    public int CompareTo(Item? other) => Rank.CompareTo(other!.Rank);
    public override string ToString() => Name + Rank;
}

class Program
{
    static void Main()
    {
        int[] a = { 5, 3, 9, 1, 7, 3 };
        var b = (int[])a.Clone();
        Array.Sort(b);
        Console.WriteLine(string.Join(",", b) + " " + Array.BinarySearch(b, 7) + " " + Array.BinarySearch(b, 4) + " " + Array.IndexOf(a, 3) + " " + Array.LastIndexOf(a, 3) + " " + Array.IndexOf(a, 42));
        Array.Reverse(b, 1, 3);
        Console.WriteLine(string.Join(",", b));
        Array.Resize(ref b, 8);
        Console.WriteLine(string.Join(",", b) + " " + b.Length);
        Array.Resize(ref b, 2);
        Console.WriteLine(string.Join(",", b));
        var c = new int[6];
        Array.Copy(a, 1, c, 2, 3);
        Array.Fill(c, -1, 0, 2);
        Console.WriteLine(string.Join(",", c));
        Array.Clear(c, 1, 3);
        Console.WriteLine(string.Join(",", c) + " " + Array.Exists(a, x => x > 8) + " " + Array.TrueForAll(a, x => x > 0) + " " + Array.Find(a, x => x % 3 == 0) + " " + Array.FindIndex(a, x => x == 9) + " " + string.Join("", Array.FindAll(a, x => x < 5)) + " " + Array.FindLast(a, x => x < 5));
        var strs = Array.ConvertAll(a, x => "#" + x);
        Console.WriteLine(string.Join("", strs) + " " + Array.Empty<string>().Length + " " + a.Contains(9) + " " + a.Sum() + " " + a.Max());
        var words = new[] { "pear", "Apple", "fig", "banana", "cherry", "date" };
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", words));
        Array.Sort(words, (x, y) => x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.Compare(x, y, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Join(",", words));
        var keys = new[] { 3, 1, 2 };
        var vals = new[] { "c", "a", "b" };
        Array.Sort(keys, vals);
        Console.WriteLine(string.Join(",", keys) + " " + string.Join(",", vals));
        int[][] jag = { new[] { 1 }, new[] { 2, 3 }, new int[0] };
        Console.WriteLine(jag.Length + " " + jag[1][1] + " " + jag.Sum(r => r.Length) + " " + string.Join("|", jag.Select(r => string.Join(",", r))));
        try { Console.WriteLine(a[6]); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(a[-1]); } catch (IndexOutOfRangeException e) { Console.WriteLine("neg " + e.GetType().Name); }

        var items = new List<Item> { new() { Name = "x", Rank = 3 }, new() { Name = "y", Rank = 1 }, new() { Name = "z", Rank = 2 } };
        items.Sort();
        Console.WriteLine(string.Join(",", items) + " " + items.Min()! + " " + items.OrderByDescending(i => i).First());
        var list = new List<int> { 4, 8, 15, 16, 23, 42 };
        list.Insert(0, 1); list.InsertRange(2, new[] { 5, 6 }); list.RemoveAt(list.Count - 1); list.Remove(15);
        Console.WriteLine(string.Join(",", list) + " " + list.RemoveAll(x => x % 2 == 0) + " " + string.Join(",", list));
        list.AddRange(Enumerable.Range(10, 3)); list.Reverse();
        Console.WriteLine(string.Join(",", list) + " " + list.Find(x => x > 10) + " " + list.FindIndex(x => x < 10) + " " + list.FindLast(x => x > 10) + " " + list.FindLastIndex(x => x > 100) + " " + list.Exists(x => x == 23) + " " + list.TrueForAll(x => x > 0));
        Console.WriteLine(string.Join(",", list.GetRange(1, 2)) + " " + string.Join(",", list.ConvertAll(x => x * 10)) + " " + list.IndexOf(23) + " " + list.LastIndexOf(99) + " " + list.Contains(1) + " " + string.Join(",", list.Take(2)) + " " + list.ToArray().Length);
        list.Sort((x, y) => y.CompareTo(x));
        Console.WriteLine(string.Join(",", list) + " " + list.BinarySearch(5, Comparer<int>.Create((x, y) => y.CompareTo(x))));
        list.RemoveRange(0, 2); list[0] = 100;
        var copy = new int[list.Count + 1];
        list.CopyTo(copy, 1);
        Console.WriteLine(string.Join(",", list) + " " + string.Join(",", copy) + " " + list.Capacity.GetType().Name);
        try { list[10] = 1; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Split('\n')[0].Trim() + " | " + e.ParamName); }
        try { foreach (var x in list) if (x == 100) list.Add(1); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var q = new Queue<int>(new[] { 1, 2, 3 }); q.Enqueue(4);
        var st = new Stack<int>(new[] { 1, 2, 3 }); st.Push(4);
        Console.WriteLine(string.Join(",", q) + " " + q.Peek() + " " + q.Dequeue() + " " + q.Count + " " + string.Join(",", st) + " " + st.Pop() + " " + string.Join(",", st.ToArray()) + " " + q.Contains(3) + " " + q.TryDequeue(out var dq) + dq + " " + st.TryPeek(out var pk) + pk);
        try { new Stack<int>().Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new Queue<string>().Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        Console.WriteLine(int.Parse("1,234", NumberStyles.AllowThousands) + " " + int.Parse("ff", NumberStyles.HexNumber) + " " + int.TryParse("0x10", NumberStyles.HexNumber, null, out var hx) + hx + " " + long.Parse("-9223372036854775808") + " " + double.Parse("1.5E-3", CultureInfo.InvariantCulture) + " " + int.Parse("(42)", NumberStyles.AllowParentheses));
        Console.WriteLine(int.TryParse("", out var e1) + " " + int.TryParse((string?)null, out var e2) + " " + int.TryParse("3.0", out var e3) + " " + int.TryParse(" -0 ", out var e4) + e4 + " " + uint.TryParse("-1", out var e5) + " " + byte.TryParse("256", out var e6) + " " + short.Parse("-32768") + " " + sbyte.Parse("127"));
        Console.WriteLine(double.Parse("0.1") + double.Parse("0.2") + " " + double.Parse("-1e-320") + " " + double.Parse("1e400") + " " + double.Parse(".5") + " " + double.Parse("5.") + " " + double.Parse("-.0") + " " + float.Parse("3.4028236e38") + " " + double.TryParse("1,5", out var comma) + comma);
        Console.WriteLine(bool.Parse("True") + " " + bool.Parse(" false ") + " " + bool.TryParse("yes", out var yes) + yes + " " + char.Parse("x") + " " + 12.ToString().PadLeft(5, '*') + " " + (-7).ToString("D3") + " " + 7.ToString("+#;-#;0") + " " + 1234567.ToString("#,0") + " " + 0.ToString("#") + "|");
        var styled = new (string, NumberStyles)[] { (" 1,234", NumberStyles.AllowThousands), ("12.00", NumberStyles.AllowDecimalPoint), ("1.50", NumberStyles.AllowDecimalPoint),
            ("1e3", NumberStyles.AllowExponent), ("5-", NumberStyles.AllowTrailingSign), (",5", NumberStyles.AllowThousands), ("-(5)", NumberStyles.Integer | NumberStyles.AllowParentheses),
            (" -1,000.0e1 ", NumberStyles.Float | NumberStyles.AllowThousands), ("+7", NumberStyles.None), ("7", NumberStyles.None), ("3000000000", NumberStyles.Integer) };
        foreach (var (text, style) in styled)
        {
            try { Console.Write(int.Parse(text, style) + " "); }
            catch (FormatException) { Console.Write("F "); }
            catch (OverflowException) { Console.Write("O "); }
            Console.Write(long.TryParse(text, style, CultureInfo.InvariantCulture, out var lv) + ":" + lv + " | ");
        }
        Console.WriteLine();
        foreach (var bad in new[] { "abc", "2147483648", "1e3", "" })
        {
            try { Console.Write(int.Parse(bad) + " "); }
            catch (FormatException ex) { Console.Write("F:" + ex.Message + " "); }
            catch (OverflowException ex) { Console.Write("O:" + ex.Message + " "); }
        }
        Console.WriteLine();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Box<T>
{
    public T Value;
    public Box(T value) { Value = value; }
    public override string ToString() => "Box(" + Value + ")";
    public string Describe() => $"[{Value}]";
}

class Program
{
    static string Show<T>(T value) => "<" + value + ">";
    static string ShowAll<T>(IEnumerable<T> values) => string.Join("|", values);
    static T First<T>(List<T> list) => list[0];

    static void Main()
    {
        var letters = new List<char> { 'c', 'a', 'b' };
        Console.WriteLine(string.Join(",", letters));
        Console.WriteLine(string.Concat("hello".Reverse()));
        Console.WriteLine(new string("hello".Reverse().ToArray()));
        Console.WriteLine(string.Join("-", "abc".ToCharArray()));
        Console.WriteLine(string.Join("-", "abc".Select(c => c)));
        Console.WriteLine(string.Concat(letters.OrderBy(c => c)));
        Console.WriteLine(Show('x') + Show(5) + Show("s"));
        Console.WriteLine(ShowAll(letters) + " " + ShowAll(new[] { 'p', 'q' }));
        Console.WriteLine(First(letters));
        Console.WriteLine(new Box<char>('z') + " " + new Box<char>('z').Describe() + " " + new Box<int>(3));
        var counts = new Dictionary<char, int>();
        foreach (var ch in "banana") counts[ch] = counts.TryGetValue(ch, out var n) ? n + 1 : 1;
        foreach (var kv in counts) Console.Write(kv + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(";", counts.Select(kv => kv.Key + "=" + kv.Value)));
        var pair = ('k', 1);
        Console.WriteLine(pair + " " + pair.Item1 + " " + (Tuple: pair, 2));
        var groups = "mississippi".GroupBy(c => c).Select(g => g.Key + ":" + g.Count());
        Console.WriteLine(string.Join(" ", groups));
        var stack = new Stack<char>("abc");
        Console.WriteLine(stack.Peek() + " " + string.Join("", stack));
        var q = new Queue<char>(new[] { 'x', 'y' });
        Console.WriteLine(q.Dequeue() + "" + q.Peek());
        var sb = new StringBuilder();
        foreach (var c in letters) sb.Append(c);
        sb.Append(letters[0]).Append(',').Append((object)'o');
        Console.WriteLine(sb);
        Console.WriteLine(letters.Max() + " " + letters.Min() + " " + letters.First() + letters.Last() + " " + letters.ElementAt(1));
        Console.WriteLine(string.Join(",", letters.Select((c, i) => $"{i}{c}")));
        object[] boxes = { 'a', 1, "s", 2.5 };
        Console.WriteLine(string.Join(",", boxes));
        char? maybe = 'm';
        char? none = null;
        Console.WriteLine(maybe + "|" + none + "|" + (maybe ?? 'd') + "|" + (none ?? 'd') + "|" + maybe.Value + "|" + maybe.GetValueOrDefault());
        Console.WriteLine($"{maybe}{none}{maybe,3}{'c',-3}|{(int)'c':X}");
        var arr = new char[3];
        arr[0] = 'A';
        Console.WriteLine(arr[0] + "" + (int)arr[1] + arr.Length);
        Console.WriteLine(string.Join(",", letters.Distinct().Reverse()));
        Console.WriteLine(letters.Aggregate("", (acc, c) => acc + c));
        Console.WriteLine(letters.Contains('a') + " " + letters.IndexOf('b') + " " + letters.ToArray().Length);
        Console.WriteLine(char.ToUpper('q') + " " + char.ToString('q') + " " + char.GetNumericValue('7') + " " + 'q'.CompareTo('r') + " " + 'q'.Equals('q'));
    }
}

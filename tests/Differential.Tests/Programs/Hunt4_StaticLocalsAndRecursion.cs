using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed class Node
    {
        public int Value;
        public List<Node> Children = new();
        public Node(int v, params Node[] kids) { Value = v; Children.AddRange(kids); }
    }

    static int counter;
    static int NextId() => ++counter;

    public static void Main()
    {
        var tree = new Node(1, new Node(2, new Node(4), new Node(5)), new Node(3, new Node(6, new Node(7))));
        static int Sum(Node n) => n.Value + n.Children.Sum(Sum);
        static int Depth(Node n) => 1 + (n.Children.Count == 0 ? 0 : n.Children.Max(Depth));
        static IEnumerable<int> PreOrder(Node n)
        {
            yield return n.Value;
            foreach (var c in n.Children) foreach (var v in PreOrder(c)) yield return v;
        }
        static IEnumerable<int> PostOrder(Node n) => n.Children.SelectMany(PostOrder).Append(n.Value);
        Console.WriteLine(Sum(tree) + " " + Depth(tree) + " " + string.Join(",", PreOrder(tree)) + " " + string.Join(",", PostOrder(tree)));

        static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        static bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(3));

        static List<List<int>> Permutations(List<int> items)
        {
            if (items.Count <= 1) return new List<List<int>> { new(items) };
            var result = new List<List<int>>();
            for (int i = 0; i < items.Count; i++)
            {
                var rest = items.Where((_, j) => j != i).ToList();
                foreach (var p in Permutations(rest)) { p.Insert(0, items[i]); result.Add(p); }
            }
            return result;
        }
        Console.WriteLine(string.Join(" ", Permutations(new List<int> { 1, 2, 3 }).Select(p => string.Concat(p))));

        var memo = new Dictionary<int, long>();
        long Fib(int n)
        {
            if (n < 2) return n;
            if (memo.TryGetValue(n, out var v)) return v;
            return memo[n] = Fib(n - 1) + Fib(n - 2);
        }
        Console.WriteLine(Fib(90) + " " + memo.Count);

        static string ToRoman(int n) => n switch
        {
            >= 1000 => "M" + ToRoman(n - 1000),
            >= 900 => "CM" + ToRoman(n - 900),
            >= 500 => "D" + ToRoman(n - 500),
            >= 400 => "CD" + ToRoman(n - 400),
            >= 100 => "C" + ToRoman(n - 100),
            >= 90 => "XC" + ToRoman(n - 90),
            >= 50 => "L" + ToRoman(n - 50),
            >= 40 => "XL" + ToRoman(n - 40),
            >= 10 => "X" + ToRoman(n - 10),
            9 => "IX",
            >= 5 => "V" + ToRoman(n - 5),
            4 => "IV",
            >= 1 => "I" + ToRoman(n - 1),
            _ => "",
        };
        Console.WriteLine(string.Join(" ", new[] { 1994, 2024, 3999, 4, 0 }.Select(ToRoman)));

        static int Gcd(int a, int b) => b == 0 ? Math.Abs(a) : Gcd(b, a % b);
        Console.WriteLine(Gcd(48, -18) + " " + Gcd(0, 5) + " " + new[] { 12, 18, 30 }.Aggregate(Gcd));

        int depth = 0;
        void Walk(Node n, int level) { depth = Math.Max(depth, level); foreach (var c in n.Children) Walk(c, level + 1); }
        Walk(tree, 1);
        Console.WriteLine(depth + " " + NextId() + NextId() + " " + counter);

        static (int Min, int Max) Bounds(int[] xs, int lo, int hi)
        {
            if (lo == hi) return (xs[lo], xs[lo]);
            int mid = (lo + hi) / 2;
            var (a, b) = Bounds(xs, lo, mid);
            var (c, d) = Bounds(xs, mid + 1, hi);
            return (Math.Min(a, c), Math.Max(b, d));
        }
        var bounds = Bounds(new[] { 5, -3, 9, 0, 12, -7 }, 0, 5);
        Console.WriteLine(bounds + " " + bounds.Min + " " + bounds.Max);

        static void Hanoi(int n, string from, string to, string via, List<string> moves)
        {
            if (n == 0) return;
            Hanoi(n - 1, from, via, to, moves);
            moves.Add(from + to);
            Hanoi(n - 1, via, to, from, moves);
        }
        var moves = new List<string>();
        Hanoi(4, "A", "C", "B", moves);
        Console.WriteLine(moves.Count + " " + string.Join(" ", moves.Take(7)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var q = new Queue<string>();
        q.Enqueue("a");
        q.Enqueue("b");
        q.Enqueue("c");
        Console.WriteLine(q.Count + " " + q.Peek() + " " + string.Join(",", q));
        Console.WriteLine(q.Dequeue() + q.Dequeue());
        q.Enqueue("d");
        Console.WriteLine(string.Join(",", q) + " " + q.Contains("d") + " " + q.Contains("a"));
        Console.WriteLine(q.TryDequeue(out var first) + " " + first + " " + q.TryPeek(out var next) + " " + next);
        q.Clear();
        Console.WriteLine(q.Count + " " + q.TryDequeue(out var none) + " " + (none ?? "null"));

        var s = new Stack<int>();
        for (int i = 1; i <= 5; i++) s.Push(i * i);
        Console.WriteLine(s.Count + " " + s.Peek() + " " + string.Join(",", s));
        Console.WriteLine(s.Pop() + " " + s.Pop() + " " + s.Count);
        Console.WriteLine(s.TryPop(out var top) + " " + top + " " + s.TryPeek(out var peek) + " " + peek);
        Console.WriteLine(string.Join(",", s.ToArray()) + " " + s.Contains(4));

        var fromArray = new Stack<char>("abc");
        Console.WriteLine(new string(fromArray.ToArray()));
        var fromList = new Queue<int>(new[] { 3, 1, 2 });
        Console.WriteLine(fromList.Sum() + " " + fromList.Max() + " " + string.Join("", fromList.ToArray()));

        var brackets = new[] { "([]{})", "([)]", "((", "", "{[()()]}", "}" };
        foreach (var text in brackets)
        {
            var stack = new Stack<char>();
            bool ok = true;
            foreach (var ch in text)
            {
                if (ch is '(' or '[' or '{') stack.Push(ch);
                else
                {
                    if (stack.Count == 0) { ok = false; break; }
                    var open = stack.Pop();
                    if ((open, ch) is not (('(', ')') or ('[', ']') or ('{', '}'))) { ok = false; break; }
                }
            }
            Console.WriteLine($"\"{text}\" balanced: {ok && stack.Count == 0}");
        }

        var graph = new Dictionary<int, int[]> { [1] = new[] { 2, 3 }, [2] = new[] { 4 }, [3] = new[] { 4, 5 }, [4] = new[] { 6 }, [5] = new[] { 6 }, [6] = new int[0] };
        var visited = new List<int>();
        var seen = new HashSet<int> { 1 };
        var frontier = new Queue<int>();
        frontier.Enqueue(1);
        while (frontier.Count > 0)
        {
            var node = frontier.Dequeue();
            visited.Add(node);
            foreach (var n in graph[node])
                if (seen.Add(n)) frontier.Enqueue(n);
        }
        Console.WriteLine("bfs " + string.Join(",", visited));
        var rpn = "3 4 + 2 * 7 -".Split(' ');
        var calc = new Stack<int>();
        foreach (var tok in rpn)
        {
            if (int.TryParse(tok, out var num)) { calc.Push(num); continue; }
            int r = calc.Pop(), l = calc.Pop();
            calc.Push(tok switch { "+" => l + r, "-" => l - r, "*" => l * r, _ => l / r });
        }
        Console.WriteLine("rpn " + calc.Pop());
    }
}

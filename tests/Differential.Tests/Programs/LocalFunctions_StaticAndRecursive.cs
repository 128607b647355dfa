using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int calls = 0;
        int Fib(int n)
        {
            calls++;
            return n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        }
        Console.WriteLine(Fib(15) + " in " + calls + " calls");

        static long Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
        Console.WriteLine(Factorial(20));

        static int Gcd(int a, int b)
        {
            while (b != 0) (a, b) = (b, a % b);
            return a;
        }
        Console.WriteLine(Gcd(1071, 462) + " " + Gcd(17, 5));

        var memo = new Dictionary<int, long>();
        long Ways(int n)
        {
            if (n < 0) return 0;
            if (n == 0) return 1;
            if (memo.TryGetValue(n, out var known)) return known;
            return memo[n] = Ways(n - 1) + Ways(n - 2) + Ways(n - 3);
        }
        Console.WriteLine(Ways(50));

        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(7));

        string prefix = ">";
        string Decorate(string s) => prefix + s;
        Console.WriteLine(Decorate("a"));
        prefix = ">>";
        Console.WriteLine(Decorate("b"));

        IEnumerable<int> Evens(int limit)
        {
            for (int i = 0; i <= limit; i += 2) yield return i;
        }
        Console.WriteLine(string.Join(",", Evens(10)));

        void Hanoi(int n, char from, char to, char via, List<string> moves)
        {
            if (n == 0) return;
            Hanoi(n - 1, from, via, to, moves);
            moves.Add($"{from}{to}");
            Hanoi(n - 1, via, to, from, moves);
        }
        var moves = new List<string>();
        Hanoi(4, 'A', 'C', 'B', moves);
        Console.WriteLine(moves.Count + ": " + string.Join(" ", moves));

        Func<int, int> square = Square;
        Console.WriteLine(square(12));
        static int Square(int x) => x * x;

        int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
        Console.WriteLine(Sum() + " " + Sum(1) + " " + Sum(1, 2, 3));
        T Identity<T>(T x) => x;
        Console.WriteLine(Identity("generic local") + Identity(1));
    }
}

using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        for (int i = 0; i < 10; i++)
        {
            if (i % 3 == 0) continue;
            if (i > 7) break;
            Console.Write(i + " ");
        }
        Console.WriteLine();

        int n = 27, steps = 0;
        while (n != 1)
        {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        Console.WriteLine("collatz steps " + steps);

        int k = 100;
        do
        {
            Console.Write(k + ",");
            k /= 3;
        } while (k > 0);
        Console.WriteLine();

        int j = 10;
        do { j++; } while (false);
        Console.WriteLine(j);

        for (int a = 0, b = 10; a < b; a += 2, b -= 3)
            Console.Write($"[{a},{b}]");
        Console.WriteLine();

        int x = 0;
        for (; ; )
        {
            if (++x >= 5) break;
        }
        Console.WriteLine(x);

        var seen = new List<string>();
        for (int row = 0; row < 4; row++)
        {
            for (int col = 0; col < 4; col++)
            {
                if (col > row) break;
                if ((row + col) % 2 == 1) continue;
                seen.Add($"{row}{col}");
            }
        }
        Console.WriteLine(string.Join(" ", seen));

        int total = 0;
        foreach (var v in new[] { 5, -1, 8, 0, 3, 99, 4 })
        {
            if (v < 0) continue;
            if (v == 99) break;
            total += v;
        }
        Console.WriteLine(total);

        int count = 0;
        while (true)
        {
            count++;
            if (count < 3) continue;
            break;
        }
        Console.WriteLine(count);

        var sieve = new bool[50];
        var primes = new List<int>();
        for (int p = 2; p < sieve.Length; p++)
        {
            if (sieve[p]) continue;
            primes.Add(p);
            for (int m = p * p; m < sieve.Length; m += p) sieve[m] = true;
        }
        Console.WriteLine(string.Join(",", primes));

        for (int i = 10; i > 0; i -= 3) Console.Write(i + " ");
        Console.WriteLine();
        for (double d = 0; d < 1; d += 0.25) Console.Write(d + " ");
        Console.WriteLine();
        for (long big = 1; big < 10000000000000L; big *= 100) Console.Write(big + " ");
        Console.WriteLine();
        int w = 0;
        while (w++ < 5) ;
        Console.WriteLine(w);
        int y = 5;
        Console.WriteLine(y++ + ++y + " " + y-- + " " + --y);
    }
}

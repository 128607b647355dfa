using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static int Lcs(string a, string b, out string common)
    {
        var dp = new int[a.Length + 1][];
        for (int i = 0; i <= a.Length; i++) dp[i] = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.Max(dp[i - 1][j], dp[i][j - 1]);
        var sb = new StringBuilder();
        for (int i = a.Length, j = b.Length; i > 0 && j > 0;)
        {
            if (a[i - 1] == b[j - 1]) { sb.Insert(0, a[i - 1]); i--; j--; }
            else if (dp[i - 1][j] >= dp[i][j - 1]) i--;
            else j--;
        }
        common = sb.ToString();
        return dp[a.Length][b.Length];
    }

    static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    static long Knapsack(int[] weights, long[] values, int capacity)
    {
        var best = new long[capacity + 1];
        for (int item = 0; item < weights.Length; item++)
            for (int c = capacity; c >= weights[item]; c--)
                best[c] = Math.Max(best[c], best[c - weights[item]] + values[item]);
        return best[capacity];
    }

    static long CountPaths(int rows, int cols)
    {
        var grid = new long[rows][];
        for (int r = 0; r < rows; r++)
        {
            grid[r] = new long[cols];
            for (int c = 0; c < cols; c++)
                grid[r][c] = r == 0 || c == 0 ? 1 : grid[r - 1][c] + grid[r][c - 1];
        }
        return grid[rows - 1][cols - 1];
    }

    static List<int> Queens(int largest)
    {
        var solutions = new List<int>();
        int n = 0;
        var cols = new int[0];
        int count = 0;
        void Place(int row)
        {
            if (row == n) { count++; return; }
            for (int c = 0; c < n; c++)
            {
                bool ok = true;
                for (int r = 0; r < row; r++)
                    if (cols[r] == c || Math.Abs(cols[r] - c) == row - r) { ok = false; break; }
                if (!ok) continue;
                cols[row] = c;
                Place(row + 1);
            }
        }
        for (int size = 1; size <= largest; size++)
        {
            count = 0;
            n = size;
            cols = new int[size];
            Place(0);
            solutions.Add(count);
        }
        return solutions;
    }

    static void Main()
    {
        foreach (var (a, b) in new[] { ("ABCBDAB", "BDCABA"), ("registry-1.docker.io", "registry.k8s.io"), ("", "abc"), ("same", "same") })
        {
            int len = Lcs(a, b, out var common);
            Console.WriteLine($"lcs({a}, {b}) = {len} \"{common}\"; edit distance {EditDistance(a, b)}");
        }
        Console.WriteLine(Knapsack(new[] { 12, 2, 1, 1, 4 }, new long[] { 4, 2, 1, 2, 10 }, 15));
        Console.WriteLine(Knapsack(new[] { 5, 10, 20, 25 }, new long[] { 5000000000, 12000000000, 30000000000, 31000000000 }, 40));
        Console.WriteLine(CountPaths(10, 10) + " " + CountPaths(17, 17) + " " + CountPaths(30, 30));
        Console.WriteLine(string.Join(",", Queens(8)));
        var fib = new long[91];
        fib[1] = 1;
        for (int i = 2; i < fib.Length; i++) fib[i] = fib[i - 1] + fib[i - 2];
        Console.WriteLine(fib[50] + " " + fib[90]);
        var coins = new[] { 1, 5, 10, 25, 50 };
        var ways = new long[301];
        ways[0] = 1;
        foreach (var coin in coins)
            for (int v = coin; v <= 300; v++) ways[v] += ways[v - coin];
        Console.WriteLine(ways[100] + " " + ways[300]);
    }
}

using System;

class Program
{
    static void Main()
    {
        int[][] grid =
        {
            new[] { 1, 2, 3 },
            new[] { 4, 42, 6 },
            new[] { 7, 8, 9 },
        };
        int foundRow = -1, foundCol = -1;
        for (int r = 0; r < grid.Length; r++)
        {
            for (int c = 0; c < grid[r].Length; c++)
            {
                Console.Write(grid[r][c] + " ");
                if (grid[r][c] == 42)
                {
                    foundRow = r;
                    foundCol = c;
                    goto found;
                }
            }
        }
        Console.WriteLine("not found");
    found:
        Console.WriteLine($"\nfound at {foundRow},{foundCol}");

        int attempts = 0;
    retry:
        attempts++;
        Console.WriteLine("attempt " + attempts);
        if (attempts < 3) goto retry;

        int i = 0;
        while (true)
        {
            i++;
            if (i % 2 == 0) goto next;
            Console.Write("odd" + i + " ");
        next:
            if (i >= 7) goto done;
        }
    done:
        Console.WriteLine();

        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                if (b == a) goto continueOuter;
                Console.Write($"({a},{b})");
            }
        continueOuter:;
        }
        Console.WriteLine();
        int n = 0;
    top:
        if (n < 5)
        {
            n += 2;
            goto top;
        }
        Console.WriteLine(n);
        int s = 10;
        do
        {
            s--;
            if (s == 6) goto exit;
        } while (s > 0);
    exit:
        Console.WriteLine("s=" + s);
    }
}

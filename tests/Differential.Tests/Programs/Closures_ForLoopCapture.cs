using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var fromFor = new List<Func<int>>();
        for (int i = 0; i < 4; i++)
            fromFor.Add(() => i);
        foreach (var f in fromFor) Console.Write(f() + " ");
        Console.WriteLine("<- all see the one for variable");

        var copied = new List<Func<int>>();
        for (int i = 0; i < 4; i++)
        {
            int copy = i;
            copied.Add(() => copy * 10);
        }
        foreach (var f in copied) Console.Write(f() + " ");
        Console.WriteLine("<- a fresh copy per iteration");

        var actions = new List<Action>();
        int shared = 0;
        for (int i = 0; i < 3; i++)
            actions.Add(() => shared += i);
        foreach (var a in actions) a();
        Console.WriteLine("shared = " + shared);

        int counter = 0;
        Func<int> next = () => ++counter;
        next(); next();
        counter += 100;
        Console.WriteLine(next() + " " + counter);

        Func<int, Func<int, int>> adder = x => y => x + y;
        var add5 = adder(5);
        Console.WriteLine(add5(1) + " " + add5(10) + " " + adder(-1)(1));

        var makers = new List<Func<string>>();
        for (int i = 0, j = 10; i < 3; i++, j--)
            makers.Add(() => $"i={i},j={j}");
        foreach (var m in makers) Console.Write(m() + " ");
        Console.WriteLine();

        var whiles = new List<Func<int>>();
        int k = 0;
        while (k < 3)
        {
            int inner = k * k;
            whiles.Add(() => inner + k);
            k++;
        }
        foreach (var w in whiles) Console.Write(w() + " ");
        Console.WriteLine();

        Func<int>[] grid = new Func<int>[6];
        for (int row = 0; row < 2; row++)
        {
            for (int col = 0; col < 3; col++)
            {
                int r = row, c = col;
                grid[row * 3 + col] = () => r * 10 + c;
            }
        }
        Console.WriteLine(string.Join(",", Array.ConvertAll(grid, g => g())));

        var (get, set) = MakeCell(7);
        set(get() * 6);
        Console.WriteLine(get());
    }

    static (Func<int>, Action<int>) MakeCell(int initial)
    {
        int value = initial;
        return (() => value, v => value = v);
    }
}

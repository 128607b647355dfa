using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static long Widen(int x) => x;
    static int Narrow(long x) => (int)x;
    static long Sum(params long[] xs) { long s = 0; foreach (var x in xs) s += x; return s; }

    static void Main()
    {
        int i = 7;
        long l = 5000000000;
        uint u = 4000000000;
        ulong ul = 10000000000000000000;
        short sh = -300;
        byte by = 200;
        char ch = 'Z';
        Console.WriteLine(i + l);
        Console.WriteLine(l + i);
        Console.WriteLine(l * i - i);
        Console.WriteLine(l / i + " " + l % i);
        Console.WriteLine(i - l);
        Console.WriteLine(u + l);
        Console.WriteLine(u + i);
        Console.WriteLine(u * 2L);
        Console.WriteLine(ul + u);
        Console.WriteLine(ul / u);
        Console.WriteLine(sh + l + by + ch);
        Console.WriteLine((l > i) + " " + (i < l) + " " + (l == 5000000000) + " " + (i == 7L) + " " + (u > i) + " " + (ul > u) + " " + (l >= u));
        Console.WriteLine(Math.Max(l, i) + " " + Math.Min(i, l) + " " + Math.Abs(i - l));
        Console.WriteLine(Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i) * Widen(i));
        Console.WriteLine(Narrow(l) + " " + Narrow(l * 3) + " " + (int)(l >> 1) + " " + (uint)l);
        Console.WriteLine(Sum(1, 2, 3) + " " + Sum(i, l, u, by, ch));
        long acc = 0;
        for (int k = 0; k < 100; k++) acc += k * k;
        acc += i;
        acc -= by;
        acc *= sh;
        Console.WriteLine(acc);
        int[] ints = { 1, 2, 3 };
        long[] longs = { 10, 20, 30 };
        Console.WriteLine(ints.Sum() + longs.Sum() + " " + longs.Select(x => x * i).Max() + " " + ints.Select(x => (long)x << 40).Sum());
        var dict = new Dictionary<long, int> { [l] = i };
        dict[l] += i;
        Console.WriteLine(dict[l] + " " + dict.ContainsKey(5000000000L) + " " + dict.Keys.First() * 2);
        long? maybe = i > 5 ? l : null;
        long? nothing = null;
        Console.WriteLine((maybe + i) + " " + (nothing + i == null) + " " + (maybe > i) + " " + (maybe ?? 0) * 2);
        var mixed = $"{l:N0} {i:D3} {l + i:X} {u}";
        Console.WriteLine(mixed);
        object boxedLong = l;
        object boxedInt = i;
        Console.WriteLine(boxedLong + " " + boxedInt + " " + boxedLong.Equals(5000000000L) + " " + boxedInt.Equals(7) + " " + (boxedLong is long) + " " + (boxedInt is long));
        long counter = i;
        counter++;
        counter <<= 33;
        counter >>= 1;
        counter |= 1;
        counter ^= i;
        Console.WriteLine(counter);
        int fromLong = (int)(counter % 1000);
        char fromCode = (char)(l % 26 + 'a');
        Console.WriteLine(fromLong + " " + fromCode + " " + (double)l / i + " " + (float)l);
        Console.WriteLine(string.Join(",", new[] { l, i, u, by }.OrderBy(x => x)));
        Console.WriteLine(long.MaxValue / i + " " + (ulong)i * ul);
        switch (l)
        {
            case > 4000000000 and < 6000000000: Console.WriteLine("in range"); break;
            default: Console.WriteLine("out of range"); break;
        }
        Console.WriteLine(l switch { 5000000000 => "exact", _ => "other" });
    }
}

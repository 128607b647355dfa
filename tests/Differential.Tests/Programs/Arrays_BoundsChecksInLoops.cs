using System;
using System.Text;

// Loops over an array or string whose bounds check is dropped, and loops where it must stay: the array
// is reassigned, the index is written, a closure may change either, the bound is not the length.
class Program
{
    static void Try(string label, Action action)
    {
        try { action(); Console.WriteLine(label + ": ok"); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(label + ": " + e.GetType().Name); }
        catch (NullReferenceException e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static int Sum(int[] a)
    {
        var sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i];
        return sum;
    }

    static int CountDigits(string s)
    {
        var n = 0;
        for (int i = 0; i < s.Length; i++) if (s[i] >= '0' && s[i] <= '9') n++;
        return n;
    }

    static void Bump(ref int x) => x += 100;

    static void Swap(ref int x, ref int y) { var t = x; x = y; y = t; }

    static int F(string label) { Console.WriteLine("  F " + label); return 1; }

    static void Main()
    {
        var a = new[] { 1, 2, 3, 4, 5 };
        Console.WriteLine("sum " + Sum(a) + " digits " + CountDigits("a1b22c333"));

        // canonical loop writing elements, compound assignment and ++ on the element
        for (int i = 0; i < a.Length; i++) { a[i] *= 2; a[i]++; }
        Console.WriteLine(string.Join(",", a));

        // step 2 and a start past zero
        var sb = new StringBuilder();
        for (int i = 1; i < a.Length; i += 2) sb.Append(a[i]).Append(' ');
        Console.WriteLine(sb.ToString());

        // the array is swapped for a shorter one inside the loop: the check must stay
        Try("reassigned array", () =>
        {
            var arr = new[] { 1, 2, 3, 4 };
            for (int i = 0; i < arr.Length; i++)
            {
                if (i == 1) arr = new[] { 9 };
                Console.WriteLine("  arr[" + i + "] = " + arr[i]);
            }
        });

        // the index is written inside the loop: the check must stay
        Try("index written", () =>
        {
            var arr = new[] { 1, 2, 3 };
            for (int i = 0; i < arr.Length; i++)
            {
                Console.WriteLine("  " + arr[i]);
                i += 1;
                Console.WriteLine("  next " + arr[i]);
            }
        });

        // a closure reassigns the array while the loop runs
        Try("closure reassigns the array", () =>
        {
            var arr = new[] { 5, 6, 7 };
            Action shrink = () => arr = new int[1];
            for (int i = 0; i < arr.Length; i++)
            {
                if (i == 1) shrink();
                Console.WriteLine("  " + arr[i]);
            }
        });

        // ref to the index: the callee moves it
        Try("index passed by ref", () =>
        {
            var arr = new[] { 1, 2, 3 };
            for (int i = 0; i < arr.Length; i++)
            {
                Bump(ref i);
                Console.WriteLine("  " + arr[i]);
            }
        });

        // the bound is not the array's length
        Try("bound is another array", () =>
        {
            var small = new[] { 1, 2 };
            var big = new[] { 1, 2, 3 };
            for (int i = 0; i < big.Length; i++) Console.WriteLine("  " + small[i]);
        });

        // nested loops over a jagged array
        var grid = new[] { new[] { 1, 2 }, new[] { 3 }, new int[0] };
        var total = 0;
        for (int r = 0; r < grid.Length; r++)
        {
            var row = grid[r];
            for (int c = 0; c < row.Length; c++) total += row[c] * (r + 1);
        }
        Console.WriteLine("grid " + total);

        // arrays of a constant length, loops to constants, offsets and counting down
        var w = new uint[64];
        for (int i = 0; i < 16; i++) w[i] = (uint)(i * 3);
        for (int i = 16; i < 64; i++) w[i] = w[i - 16] + w[i - 7] + (w[i - 2] >> 1);
        Console.WriteLine("w " + w[0] + " " + w[17] + " " + w[63]);
        var rev = new StringBuilder();
        for (int i = a.Length - 1; i >= 0; i--) rev.Append(a[i]).Append(' ');
        for (int i = grid.Length - 1; i > 0; i -= 1) rev.Append(grid[i].Length);
        Console.WriteLine("reversed " + rev);
        Try("count down from Length", () => { for (int i = a.Length; i >= 0; i--) Console.Write(a[i] + " "); });
        Try("past a constant length", () => { for (int i = 60; i < 65; i++) Console.Write(w[i] + " "); });
        Try("offset below zero", () => { for (int i = 16; i < 20; i++) Console.Write(w[i - 17] + " "); });
        Try("constant past the end", () => Console.Write(w[64]));

        // the length held in a variable first
        var text = "a1b22c333";
        var len = text.Length;
        var codes = 0;
        for (int i = 0; i < len; i++) codes += text[i];
        Console.WriteLine("codes " + codes);
        Try("length of an array replaced later", () =>
        {
            var arr = new[] { 1, 2, 3 };
            var n = arr.Length;
            arr = new[] { 4 };
            for (int i = 0; i < n; i++) Console.WriteLine("  " + arr[i]);
        });

        // ref and out to elements inside loops: the element is fixed when the reference is taken
        var nums = new int[6];
        for (int i = 0; i < nums.Length; i++) int.TryParse((i * 7).ToString(), out nums[i]);
        for (int i = nums.Length - 1; i > 0; i--) Swap(ref nums[i], ref nums[i - 1]);
        Console.WriteLine("ref/out " + string.Join(",", nums));
        Try("ref past the end in a loop", () => { for (int i = 0; i < nums.Length; i++) Swap(ref nums[i], ref nums[i + 1]); });
        Console.WriteLine("after " + string.Join(",", nums));

        // outside the loop the check stays, and it comes before the right-hand side is evaluated
        Try("a[5] += F()", () => a[5] += F("compound"));
        Try("a[-1]++", () => a[-1]++);
        Try("ref a[9]", () => Bump(ref a[9]));
        var k = 0;
        Try("(k, a[k]) = (4, 7)", () => (k, a[k]) = (4, 7));
        Console.WriteLine("k=" + k + " a=" + string.Join(",", a));
        var post = 0;
        for (int i = 0; i < a.Length; i++) post += a[i]++;
        Console.WriteLine("post " + post + " " + string.Join(",", a));
    }
}

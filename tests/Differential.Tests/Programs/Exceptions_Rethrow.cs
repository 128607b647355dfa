using System;

class Program
{
    static void Level3(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), "negative");
        if (n == 0) throw new DivideByZeroException();
        Console.WriteLine("ok " + 10 / n);
    }

    static void Level2(int n)
    {
        try
        {
            Level3(n);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("Level2 saw out-of-range, rethrowing with throw;");
            throw;
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("Level2 wraps " + e.GetType().Name);
            throw new InvalidOperationException("wrapped", e);
        }
    }

    static void Level1(int n)
    {
        try
        {
            Level2(n);
        }
        catch (Exception e)
        {
            Console.WriteLine($"Level1 caught {e.GetType().Name}: {e.Message}");
            if (e.InnerException != null)
                Console.WriteLine("  inner: " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            var same = e;
            try
            {
                throw same;
            }
            catch (Exception again)
            {
                Console.WriteLine("  rethrown object is the same: " + ReferenceEquals(again, e));
            }
        }
    }

    static void Main()
    {
        Level1(5);
        Level1(-1);
        Level1(0);
        Exception? saved = null;
        try
        {
            try
            {
                throw new FormatException("first");
            }
            catch (FormatException e)
            {
                saved = e;
                throw;
            }
        }
        catch (FormatException e)
        {
            Console.WriteLine("outer got same instance: " + ReferenceEquals(e, saved));
        }
        try
        {
            try
            {
                throw new Exception("a");
            }
            catch
            {
                throw;
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("bare catch rethrew: " + e.Message);
        }
        Func<int, int> thrower = x => x > 0 ? x : throw new ArgumentException("expression throw");
        try
        {
            thrower(-1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        string? s = null;
        try
        {
            var v = s ?? throw new InvalidOperationException("coalesce throw");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

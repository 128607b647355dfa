using System;

class Program
{
    static int step;
    static void Say(string s) => Console.WriteLine(++step + " " + s);

    static int ReturnsFromTry()
    {
        try
        {
            Say("try returns 1");
            return 1;
        }
        finally
        {
            Say("finally after return");
        }
    }

    static int FinallyChangesLocal()
    {
        int x = 10;
        try
        {
            return x;
        }
        finally
        {
            x = 20;
            Say("finally set x=" + x);
        }
    }

    static void Nested()
    {
        try
        {
            try
            {
                Say("inner try");
                throw new InvalidOperationException("inner");
            }
            catch (InvalidOperationException e)
            {
                Say("inner catch " + e.Message);
                throw new ArgumentException("from catch");
            }
            finally
            {
                Say("inner finally");
            }
        }
        catch (ArgumentException e)
        {
            Say("outer catch " + e.Message);
        }
        finally
        {
            Say("outer finally");
        }
    }

    static void LoopWithFinally()
    {
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                Say("loop body " + i);
            }
            finally
            {
                Say("loop finally " + i);
            }
        }
    }

    static string Throws()
    {
        try
        {
            throw new FormatException("escapes");
        }
        finally
        {
            Say("finally while exception passes");
        }
    }

    static void Main()
    {
        Say("result " + ReturnsFromTry());
        Say("result " + FinallyChangesLocal());
        Nested();
        LoopWithFinally();
        try
        {
            Throws();
        }
        catch (FormatException e)
        {
            Say("caught " + e.Message);
        }
        try
        {
            Say("try without catch");
        }
        finally
        {
            Say("its finally");
        }
        int count = 0;
        try
        {
            try
            {
                count++;
                throw new Exception("a");
            }
            finally
            {
                count += 10;
            }
        }
        catch
        {
            count += 100;
        }
        finally
        {
            count += 1000;
        }
        Say("count " + count);
    }
}

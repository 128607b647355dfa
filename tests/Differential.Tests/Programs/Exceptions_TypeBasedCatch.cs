using System;
using System.Collections.Generic;

class Program
{
    static void Throw(int kind)
    {
        switch (kind)
        {
            case 0: throw new ArgumentNullException("name");
            case 1: throw new ArgumentOutOfRangeException("index", "must be small");
            case 2: throw new ArgumentException("bad argument", "value");
            case 3: throw new InvalidOperationException("bad state");
            case 4: throw new NotSupportedException("nope");
            case 5: throw new NotImplementedException();
            case 6: throw new FormatException("bad format");
            case 7: throw new KeyNotFoundException("no key");
            case 8: throw new DivideByZeroException();
            case 9: throw new OverflowException();
            case 10: throw new Exception("plain");
            case 11: throw new IndexOutOfRangeException();
            case 12: throw new TimeoutException("too slow");
            case 13: throw new InvalidCastException();
            default: throw new ObjectDisposedException("app");
        }
    }

    static string Handle(int kind)
    {
        try
        {
            Throw(kind);
            return "no exception";
        }
        catch (ArgumentNullException e)
        {
            return "ArgumentNull(" + e.ParamName + "): " + e.Message;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return "ArgumentOutOfRange(" + e.ParamName + "): " + e.Message;
        }
        catch (ArgumentException e)
        {
            return "Argument(" + e.ParamName + "): " + e.Message;
        }
        catch (ArithmeticException e)
        {
            return "Arithmetic " + e.GetType().Name + ": " + e.Message;
        }
        catch (SystemException e) when (e is not NotSupportedException)
        {
            return "System " + e.GetType().FullName + ": " + e.Message;
        }
        catch (Exception e)
        {
            return "Exception " + e.GetType().Name + ": " + e.Message;
        }
    }

    static void Main()
    {
        for (int kind = 0; kind <= 14; kind++)
            Console.WriteLine(kind + " " + Handle(kind));

        try
        {
            try
            {
                Throw(3);
            }
            catch (FormatException)
            {
                Console.WriteLine("wrong handler");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("outer caught " + e.Message);
        }

        try
        {
            Throw(6);
        }
        catch
        {
            Console.WriteLine("general catch clause");
        }

        Exception made = new InvalidOperationException("outer", new FormatException("inner"));
        Console.WriteLine(made.Message + " <- " + made.InnerException?.Message + " " + made.InnerException?.GetType().Name);
        Console.WriteLine(new Exception().Message);
        Console.WriteLine(new InvalidOperationException().Message);
        Console.WriteLine(new ArgumentException().Message);
        Console.WriteLine(new ArgumentNullException("p").Message);
        Console.WriteLine(new ArgumentOutOfRangeException("p").Message);
        Console.WriteLine(new KeyNotFoundException().Message);
        Console.WriteLine(new FormatException().Message);
        Console.WriteLine(new NotSupportedException().Message);
        Console.WriteLine(new OperationCanceledException().Message);
        Console.WriteLine(new Exception(null).Message);
        Console.WriteLine(new Exception("") .Message.Length);
        Exception e2 = new ArgumentNullException("p", "custom message");
        Console.WriteLine(e2.Message + " | " + (e2 is ArgumentException) + " " + (e2 is SystemException));
    }
}

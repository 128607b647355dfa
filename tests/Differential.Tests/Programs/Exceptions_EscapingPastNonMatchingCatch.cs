using System;

class Program
{
    static int Unbox(object o)
    {
        try
        {
            return (int)o;
        }
        catch (FormatException)
        {
            Console.WriteLine("wrong type of catch");
            return -1;
        }
        catch (InvalidCastException) when (o is null)
        {
            Console.WriteLine("filter does not match");
            return -2;
        }
    }

    static void Main()
    {
        Console.WriteLine(Unbox(41) + 1);
        Console.WriteLine("now a string");
        Console.WriteLine(Unbox("not a number"));
    }
}

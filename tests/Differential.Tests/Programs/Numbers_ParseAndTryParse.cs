using System;

class Program
{
    static void TryInt(string s)
    {
        bool ok = int.TryParse(s, out var value);
        Console.WriteLine($"int.TryParse(\"{s}\") = {ok}, {value}");
        try
        {
            Console.WriteLine("  int.Parse = " + int.Parse(s));
        }
        catch (FormatException e)
        {
            Console.WriteLine("  FormatException: " + e.Message);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("  OverflowException: " + e.Message);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("  ArgumentNullException: " + e.ParamName);
        }
    }

    static void TryDouble(string s)
    {
        bool ok = double.TryParse(s, out var value);
        Console.WriteLine($"double.TryParse(\"{s}\") = {ok}, {value}");
        try
        {
            Console.WriteLine("  double.Parse = " + double.Parse(s));
        }
        catch (FormatException e)
        {
            Console.WriteLine("  FormatException: " + e.Message);
        }
    }

    static void Main()
    {
        foreach (var s in new[] { "0", "42", "-17", "+8", "  12  ", "007", "2147483647", "-2147483648", "2147483648", "12a", "", " ", "1.5", "1e3", "0x10", "--1", "1 2", "٣" })
            TryInt(s);
        TryInt(null!);

        foreach (var s in new[] { "0", "1.5", "-0.25", "1e3", "1E-2", ".5", "5.", "  3.25 ", "abc", "1,5", "Infinity", "-Infinity", "NaN", "1e400", "0.1", "123456789.123456789" })
            TryDouble(s);

        Console.WriteLine(long.Parse("9007199254740993"));
        Console.WriteLine(long.TryParse("-12x", out var badLong) + " " + badLong);
        Console.WriteLine(long.TryParse("123456789012345", out var goodLong) + " " + goodLong);
        try
        {
            long.Parse("99999999999999999999");
        }
        catch (OverflowException e)
        {
            Console.WriteLine("long overflow: " + e.Message);
        }
        try
        {
            double.Parse("x1");
        }
        catch (FormatException e)
        {
            Console.WriteLine("double format: " + e.Message);
        }
        Console.WriteLine(byte.Parse("255"));
        Console.WriteLine(byte.TryParse("256", out var b) + " " + b);
        Console.WriteLine(short.Parse("-32768"));
        Console.WriteLine(bool.Parse("True") + " " + bool.Parse("false") + " " + bool.TryParse("yes", out var flag) + " " + flag);
    }
}

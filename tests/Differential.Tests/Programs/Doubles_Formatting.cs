using System;

class Program
{
    static void Main()
    {
        double[] values =
        {
            0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1e17,
            123456789012345678.0, 1e20, 1e21, 1e22, 1.5e300, 1e-4, 1e-5, 1e-7, 0.000123, 1.7976931348623157E+308,
            double.Epsilon, 5e-324, 3.14159265358979, Math.PI, Math.E, 12345.6789, -98765.4321, 0.5, 2.5,
            double.MaxValue, double.MinValue, 1.0 / 0.0, -1.0 / 0.0, 4.35, 9007199254740993.0, 1234567.0,
        };
        foreach (var v in values)
            Console.WriteLine(v);

        Console.WriteLine(double.NaN);
        Console.WriteLine(double.PositiveInfinity);
        Console.WriteLine(double.NegativeInfinity);
        Console.WriteLine(0.0 / 0.0);
        Console.WriteLine(double.IsNaN(0.0 / 0.0));
        Console.WriteLine(double.NaN == double.NaN);
        Console.WriteLine(double.IsInfinity(1.0 / 0.0));

        float f = 0.1f;
        Console.WriteLine(f);
        Console.WriteLine(1.0f / 3.0f);
        Console.WriteLine((double)0.1f);
        Console.WriteLine(16777217f);
        Console.WriteLine(3.4e38f);

        Console.WriteLine("concat " + 1.5 + " " + 0.30000000000000004 + " " + 1e21);
        Console.WriteLine($"interp {2.25} {-0.0} {1e-10}");
        Console.WriteLine(string.Format("{0} {1}", 1.0, 1.25));

        Console.WriteLine(7.0 / 2);
        Console.WriteLine(7 / 2.0);
        Console.WriteLine(-7.5 % 2);
        Console.WriteLine(7.5 % -2);
        Console.WriteLine(1e308 * 10);
        Console.WriteLine(Math.Round(2.5));
        Console.WriteLine(Math.Round(3.5));
        Console.WriteLine(Math.Round(-2.5));
        Console.WriteLine(Math.Round(2.345, 2));
        Console.WriteLine(Math.Floor(-2.5));
        Console.WriteLine(Math.Ceiling(-2.5));
        Console.WriteLine(Math.Truncate(-2.7));
        Console.WriteLine(Math.Sqrt(2));
        Console.WriteLine(Math.Pow(2, 0.5));
        Console.WriteLine(Math.Pow(10, 20));
        Console.WriteLine(Math.Pow(10, 21));

        Console.WriteLine(1.5.ToString());
        Console.WriteLine((0.1 * 3).ToString());
        Console.WriteLine(1e21.ToString());
        Console.WriteLine(123.456.ToString("F2"));
        Console.WriteLine(123.456.ToString("F0"));
        Console.WriteLine(0.5.ToString("F0"));
        Console.WriteLine(1.5.ToString("F0"));
        Console.WriteLine(1234567.891.ToString("N2"));
        Console.WriteLine(0.1234.ToString("P1"));
        Console.WriteLine(0.5.ToString("P0"));
        Console.WriteLine((-1234.5).ToString("N1"));
        Console.WriteLine((2.0).CompareTo(3.0));
        Console.WriteLine(double.MaxValue > 1e308);
    }
}

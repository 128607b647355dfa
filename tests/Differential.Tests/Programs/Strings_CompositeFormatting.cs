using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0} + {1} = {2}", 2, 3, 2 + 3));
        Console.WriteLine(string.Format("{1} {0} {1}", "a", "b"));
        Console.WriteLine(string.Format("[{0,5}] [{0,-5}] [{1,8:F2}] [{2,-8:X}]", 42, 3.14159, 255));
        Console.WriteLine(string.Format("{{literal}} {0}", "value"));
        Console.WriteLine(string.Format("{0:D8} {0:N0} {0:X8} {0:x}", 123456));
        Console.WriteLine(string.Format("{0:P1} {1:P0}", 0.4567, 0.999));
        Console.WriteLine(string.Format("{0} {1} {2} {3}", null, true, 'c', 1.0));
        Console.WriteLine(string.Format("no args"));
        Console.WriteLine(string.Format("{0}", new object[] { "array arg" }));
        Console.WriteLine(string.Format("{0}|{1}|{2}|{3}|{4}", 1, 2L, 3.5f, 4.25, "five"));
        Console.WriteLine("Console {0} {1}", "format", 2);
        Console.WriteLine("{0,-10}|{1,10}|", "left", "right");
        Console.Write("{0}-{1}\n", "write", "format");

        string[] names = { "library/nginx", "ghcr.io/owner/app", "quay.io/coreos/etcd" };
        long[] sizes = { 67108864, 1234, 987654321 };
        double[] ratios = { 0.5, 0.125, 1.0 };
        Console.WriteLine(string.Format("{0,-22}{1,14}{2,9}", "IMAGE", "BYTES", "HIT"));
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine(string.Format("{0,-22}{1,14:N0}{2,9:P1}", names[i], sizes[i], ratios[i]));

        try
        {
            Console.WriteLine(string.Format("{1}", "only one"));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        try
        {
            Console.WriteLine(string.Format("{0", 1));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException (unclosed)");
        }
        Console.WriteLine(42.ToString("D6") + " " + (-42).ToString("D6") + " " + 42.ToString("X") + " " + 3000000000u.ToString("N0"));
        Console.WriteLine(0.ToString("F2") + " " + 1.ToString("P") + " " + (-1.5).ToString("F0") + " " + 2.5.ToString("F0") + " " + (1.0 / 3).ToString("F10"));
        Console.WriteLine(1234.5678.ToString("N2") + " " + 0.0.ToString("N2") + " " + (-0.001).ToString("F2") + " " + 999.999.ToString("F2"));
        Console.WriteLine(255.ToString("x2") + 16.ToString("x2") + 1.ToString("x2") + " " + (-255).ToString("X"));
        Console.WriteLine(12345.6789.ToString("E2") + " " + 0.000123.ToString("E3") + " " + 12345.ToString("E"));
    }
}

using System;

class Program
{
    static void Show(string s) => Console.WriteLine("[" + s + "]");

    static void Main()
    {
        string s = "  \t hello world \n ";
        Show(s.Trim());
        Show(s.TrimStart());
        Show(s.TrimEnd());
        Show("xxhixx".Trim('x'));
        Show("xyhiyx".Trim('x', 'y'));
        Show("xyhiyx".TrimStart('x'));
        Show("xyhiyx".TrimEnd('x', 'y'));
        Show("///path///".Trim('/'));
        Show("///path///".TrimEnd('/'));
        Show("0001200".TrimStart('0'));
        Show("".Trim());
        Show("   ".Trim());
        Show("abc".Trim(new char[0]));
        Show("\u00a0nbsp\u00a0".Trim());
        Show("\"quoted\"".Trim('"'));

        Show("42".PadLeft(5));
        Show("42".PadLeft(5, '0'));
        Show("42".PadRight(5));
        Show("42".PadRight(5, '.'));
        Show("toolong".PadLeft(3));
        Show("toolong".PadRight(3, '*'));
        Show("".PadLeft(2, '-'));
        Show("x".PadLeft(0));

        string[] names = { "nginx", "ubuntu", "alpine", "redis-server" };
        int[] pulls = { 1200, 45, 999999, 7 };
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine(names[i].PadRight(14, '.') + pulls[i].ToString().PadLeft(8));

        for (int n = 1; n <= 4; n++)
            Console.WriteLine(new string(' ', 4 - n) + new string('#', 2 * n - 1));

        try
        {
            "x".PadLeft(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("PadLeft(-1): " + e.GetType().Name + " " + e.ParamName);
        }
    }
}

using System;

class Program
{
    static void Main()
    {
        string s = "Hello, EdgeMirror!";
        Console.WriteLine(s.Substring(0));
        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.Substring(7, 4));
        Console.WriteLine(s.Substring(s.Length));
        Console.WriteLine("[" + s.Substring(3, 0) + "]");
        Console.WriteLine(s.Substring(s.Length - 1, 1));
        Console.WriteLine(s.Length);

        for (int i = 0; i <= 5; i++)
            Console.WriteLine(i + ":" + "abcde".Substring(i));
        for (int len = 0; len <= 5; len++)
            Console.WriteLine(len + ":" + "abcde".Substring(0, len) + "|" + "abcde".Substring(5 - len, len));

        string digest = "sha256:0123456789abcdef0123456789abcdef";
        int colon = digest.IndexOf(':');
        Console.WriteLine(digest.Substring(0, colon));
        Console.WriteLine(digest.Substring(colon + 1, 12));

        TryIt(() => s.Substring(-1));
        TryIt(() => s.Substring(100));
        TryIt(() => s.Substring(5, 100));
        TryIt(() => s.Substring(5, -1));
        TryIt(() => s.Substring(s.Length + 1, 0));
    }

    static void TryIt(Func<string> f)
    {
        try
        {
            Console.WriteLine(f());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException " + e.ParamName);
        }
    }
}

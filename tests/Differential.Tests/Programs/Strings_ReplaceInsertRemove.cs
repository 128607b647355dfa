using System;

class Program
{
    static void Main()
    {
        string s = "the cat sat on the mat";
        Console.WriteLine(s.Replace("at", "og"));
        Console.WriteLine(s.Replace('a', 'A'));
        Console.WriteLine(s.Replace("the ", ""));
        Console.WriteLine(s.Replace("THE", "a"));
        Console.WriteLine(s.Replace("THE", "a", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.Replace(" ", "  "));
        Console.WriteLine("aaaa".Replace("aa", "a"));
        Console.WriteLine("a.b.c".Replace(".", "$&"));
        Console.WriteLine("a.b.c".Replace(".", "$$"));
        Console.WriteLine("x".Replace("x", "$'"));
        Console.WriteLine("nothing".Replace("zzz", "y"));
        Console.WriteLine("remove-me".Replace("-me", null));
        Console.WriteLine(s.Insert(0, ">> "));
        Console.WriteLine(s.Insert(s.Length, " <<"));
        Console.WriteLine(s.Insert(4, "fat "));
        Console.WriteLine(s.Remove(3));
        Console.WriteLine(s.Remove(4, 4));
        Console.WriteLine(s.Remove(0, 0));
        Console.WriteLine(s.Remove(s.Length - 1));
        Console.WriteLine("line1\r\nline2".Replace("\r\n", "\n").Replace("\n", "\\n"));

        string template = "Hello {name}, you have {count} new {what}";
        string filled = template.Replace("{name}", "Ada").Replace("{count}", 3.ToString()).Replace("{what}", "messages");
        Console.WriteLine(filled);

        string manifest = "{\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\"}";
        Console.WriteLine(manifest.Replace("\"", "'").Replace("vnd.docker", "vnd.oci"));

        try
        {
            s.Insert(100, "x");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Insert: " + e.ParamName);
        }
        try
        {
            s.Remove(5, 100);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Remove: " + e.ParamName);
        }
        try
        {
            s.Replace("", "x");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("Replace empty: " + e.GetType().Name + " " + e.ParamName);
        }
    }
}

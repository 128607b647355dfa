using System;

class Program
{
    static void Main()
    {
        string s = "abracadabra";
        Console.WriteLine(s.IndexOf('a'));
        Console.WriteLine(s.IndexOf('a', 1));
        Console.WriteLine(s.IndexOf('a', 4, 3));
        Console.WriteLine(s.IndexOf('z'));
        Console.WriteLine(s.IndexOf("bra"));
        Console.WriteLine(s.IndexOf("bra", 2));
        Console.WriteLine(s.IndexOf("bra", 2, 5));
        Console.WriteLine(s.IndexOf(""));
        Console.WriteLine(s.IndexOf("", 5));
        Console.WriteLine(s.IndexOf("BRA"));
        Console.WriteLine(s.IndexOf("BRA", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.IndexOf("BRA", 3, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.IndexOf("bra", StringComparison.Ordinal));
        Console.WriteLine(s.LastIndexOf('a'));
        Console.WriteLine(s.LastIndexOf('a', 9));
        Console.WriteLine(s.LastIndexOf('b', 7, 4));
        Console.WriteLine(s.LastIndexOf("bra"));
        Console.WriteLine(s.LastIndexOf("bra", 7));
        Console.WriteLine(s.LastIndexOf("ABRA", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.LastIndexOf('q'));
        Console.WriteLine(s.IndexOfAny(new[] { 'c', 'd' }));
        Console.WriteLine(s.IndexOfAny(new[] { 'c', 'd' }, 5));
        Console.WriteLine(s.IndexOfAny(new[] { 'x', 'y' }));
        Console.WriteLine(s.LastIndexOfAny(new[] { 'c', 'd' }));
        Console.WriteLine(s.LastIndexOfAny(new[] { 'b', 'r' }, 5));
        Console.WriteLine(s.Contains("cad"));
        Console.WriteLine(s.Contains('d'));
        Console.WriteLine(s.Contains("CAD", StringComparison.OrdinalIgnoreCase));

        int count = 0;
        int at = s.IndexOf('a');
        while (at >= 0)
        {
            Console.Write(at + " ");
            count++;
            at = s.IndexOf('a', at + 1);
        }
        Console.WriteLine("count=" + count);

        string url = "https://registry-1.docker.io/v2/library/nginx/blobs/sha256:abc?x=1#frag";
        int scheme = url.IndexOf("://");
        int pathStart = url.IndexOf('/', scheme + 3);
        int query = url.IndexOf('?');
        int hash = url.LastIndexOf('#');
        Console.WriteLine(url.Substring(scheme + 3, pathStart - scheme - 3));
        Console.WriteLine(url.Substring(pathStart, query - pathStart));
        Console.WriteLine(url.Substring(query + 1, hash - query - 1));
        Console.WriteLine(url.Substring(hash + 1));

        try
        {
            s.IndexOf('a', 20);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("out of range: " + e.ParamName);
        }
    }
}

using System;

class Program
{
    static void Main()
    {
        string[] inputs =
        {
            "plain", "with space", "a+b=c&d", "repository:library/nginx:pull", "ünïcödé", "😀", "~-._", "!*'();:@&=+$,/?#[]", "100%", "\"quoted\"", "tab\tnew\nline", "",
        };
        foreach (var s in inputs)
        {
            var escaped = Uri.EscapeDataString(s);
            Console.WriteLine($"[{s}] -> [{escaped}] -> [{Uri.UnescapeDataString(escaped)}]");
        }
        Console.WriteLine(Uri.UnescapeDataString("%41%42%43"));
        Console.WriteLine(Uri.UnescapeDataString("a%2Fb%2fc"));
        Console.WriteLine(Uri.UnescapeDataString("plus+stays"));
        Console.WriteLine(Uri.UnescapeDataString("%E2%9C%93 ok"));
        Console.WriteLine(Uri.UnescapeDataString("bad%zz%"));
        Console.WriteLine(Uri.UnescapeDataString("%C3%A9%C3"));
        var scope = "repository:" + "library/ubuntu" + ":pull,push";
        var query = "service=" + Uri.EscapeDataString("registry.docker.io") + "&scope=" + Uri.EscapeDataString(scope);
        Console.WriteLine(query);
        foreach (var pair in query.Split('&'))
        {
            var kv = pair.Split('=', 2);
            Console.WriteLine(kv[0] + " => " + Uri.UnescapeDataString(kv[1]));
        }
        Console.WriteLine(Uri.EscapeDataString(new string('a', 5) + " " + new string('b', 3)));
    }
}

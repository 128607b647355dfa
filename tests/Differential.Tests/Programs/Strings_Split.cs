using System;

class Program
{
    static void Show(string label, string[] parts)
    {
        Console.WriteLine($"{label}: {parts.Length} [{string.Join("|", parts)}]");
    }

    static void Main()
    {
        string csv = "a,b,,c,";
        Show("char", csv.Split(','));
        Show("remove empty", csv.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("count 2", csv.Split(',', 2));
        Show("count 3 remove", csv.Split(',', 3, StringSplitOptions.RemoveEmptyEntries));
        Show("chars", "a;b,c d".Split(new[] { ';', ',', ' ' }));
        Show("params chars", "1-2+3-4".Split('-', '+'));
        Show("string sep", "one::two::::three".Split("::"));
        Show("string sep remove", "one::two::::three".Split("::", StringSplitOptions.RemoveEmptyEntries));
        Show("string array sep", "a<>b[]c<>d".Split(new[] { "<>", "[]" }, StringSplitOptions.None));
        Show("trim entries", " a , b ,  , c ".Split(',', StringSplitOptions.TrimEntries));
        Show("trim+remove", " a , b ,  , c ".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Show("no separator found", "abc".Split(','));
        Show("empty string", "".Split(','));
        Show("empty remove", "".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("only separators", ",,,".Split(','));
        Show("whitespace default", "a b\tc\nd".Split());
        Show("whitespace null", "  lead  and   trail ".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Show("lines", "line1\nline2\r\nline3".Split('\n'));
        Show("count 1", "a,b,c".Split(',', 1));
        Show("path", "/v2/library/nginx/manifests/latest".Split('/'));
        Show("path remove", "/v2/library/nginx/manifests/latest".Split('/', StringSplitOptions.RemoveEmptyEntries));
        Show("header", "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\"".Split(' ', 2));

        var header = "realm=\"https://auth\",service=\"registry\",scope=\"repository:library/ubuntu:pull\"";
        foreach (var part in header.Split(','))
        {
            var kv = part.Split('=', 2);
            Console.WriteLine(kv[0] + " -> " + kv[1].Trim('"'));
        }

        string text = "The quick brown fox jumps over the lazy dog";
        var words = text.Split(' ');
        Console.WriteLine(words.Length);
        Console.WriteLine(words[3]);
        Console.WriteLine(string.Join(" ", words, 1, 3));
        Console.WriteLine(text.Split("the").Length);
        Console.WriteLine(text.Split("o", 3)[2]);
    }
}

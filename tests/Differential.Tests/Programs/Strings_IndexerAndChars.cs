using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static bool IsPalindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            if (char.ToLower(s[i]) != char.ToLower(s[j])) return false;
            i++;
            j--;
        }
        return true;
    }

    static void Main()
    {
        string s = "EdgeMirror";
        for (int i = 0; i < s.Length; i++)
            Console.Write(s[i] + (i < s.Length - 1 ? "." : "\n"));
        foreach (char c in s)
            Console.Write((int)c + " ");
        Console.WriteLine();
        char[] arr = s.ToCharArray();
        Array.Sort(arr);
        Console.WriteLine(new string(arr));
        Console.WriteLine(new string(arr, 2, 3));
        Console.WriteLine(s.ToCharArray(4, 3).Length);
        Console.WriteLine(string.Concat(s.Reverse()));
        Console.WriteLine(new string(s.Where(char.IsUpper).ToArray()));
        Console.WriteLine(s.Count(c => c == 'r'));
        Console.WriteLine(s.First() + "" + s.Last());
        Console.WriteLine(s.Select(c => (char)(c + 1)).ToArray());
        Console.WriteLine(string.Join(",", s.Distinct()));
        foreach (var w in new[] { "racecar", "Level", "mirror", "", "a", "ab" })
            Console.WriteLine($"{w}: {IsPalindrome(w)}");

        IEnumerable<char> chars = "xyz";
        Console.WriteLine(string.Join("+", chars));
        var hex = "0123456789abcdef";
        var bytes = new byte[] { 0, 15, 16, 127, 128, 255 };
        var chunk = new char[bytes.Length * 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chunk[2 * i] = hex[bytes[i] >> 4];
            chunk[2 * i + 1] = hex[bytes[i] & 15];
        }
        Console.WriteLine(new string(chunk));
        Console.WriteLine("tab\there" + " quote\"" + " backslash\\" + " unicode\u0041" + " nul-free");
        Console.WriteLine(@"verbatim ""quoted"" \no-escape");
        Console.WriteLine("""
            raw string literal
              keeps "inner" indentation
            """);
        Console.WriteLine("emoji \ud83d\ude00 length " + "\ud83d\ude00".Length);
        try
        {
            Console.WriteLine(s[s.Length]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("IndexOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(s[-1]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("negative index");
        }
    }
}

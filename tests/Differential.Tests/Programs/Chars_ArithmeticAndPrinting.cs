using System;
using System.Collections.Generic;

class Program
{
    static char Next(char c) => (char)(c + 1);

    static void Main()
    {
        char a = 'a';
        Console.WriteLine(a);
        Console.WriteLine(a + 1);
        Console.WriteLine((char)(a + 1));
        Console.WriteLine(Next('y'));
        Console.WriteLine((int)'A');
        Console.WriteLine('A' + 'B');
        Console.WriteLine("" + 'A' + 'B');
        Console.WriteLine('A' + "B");
        Console.WriteLine($"{a}{'b'}{(char)99}");
        Console.WriteLine(string.Concat('x', 'y'));
        Console.WriteLine('z' - 'a');
        Console.WriteLine('a' < 'b');
        Console.WriteLine('a'.CompareTo('c'));
        Console.WriteLine('\n' == 10);
        Console.WriteLine((char)65);
        Console.WriteLine(a.ToString() + a.ToString());
        Console.WriteLine(char.ToUpper(a));
        Console.WriteLine(char.ToLower('Q'));
        Console.WriteLine(char.ToUpperInvariant('m'));
        Console.WriteLine('\u00e9');
        Console.WriteLine('\t' + "|");
        char c = 'c';
        c++;
        Console.WriteLine(c);
        c += (char)2;
        Console.WriteLine(c);
        c--;
        Console.WriteLine(c);

        for (char ch = 'a'; ch <= 'e'; ch++)
            Console.Write(ch);
        Console.WriteLine();
        for (char ch = 'Z'; ch >= 'V'; ch--)
            Console.Write(ch + ",");
        Console.WriteLine();

        char[] letters = { 'h', 'e', 'l', 'l', 'o' };
        Console.WriteLine(letters.Length);
        Console.WriteLine(new string(letters));
        Console.WriteLine(new string('*', 5));
        Console.WriteLine(string.Join("-", letters));
        Array.Reverse(letters);
        Console.WriteLine(new string(letters));

        var counts = new Dictionary<char, int>();
        foreach (var ch in "mississippi")
            counts[ch] = counts.TryGetValue(ch, out var n) ? n + 1 : 1;
        foreach (var pair in counts)
            Console.WriteLine(pair.Key + "=" + pair.Value);
        Console.WriteLine(counts.ContainsKey('s'));

        var list = new List<char> { 'q', 'b', 'x' };
        list.Sort();
        Console.WriteLine(string.Join("", list));
        Console.WriteLine(list[0]);
        object boxed = 'k';
        Console.WriteLine(boxed);
        Console.WriteLine(boxed is char);
        Console.WriteLine(boxed.Equals('k'));

        string caesar = "";
        foreach (var ch in "Hello, World")
        {
            if (char.IsLetter(ch))
            {
                char baseChar = char.IsUpper(ch) ? 'A' : 'a';
                caesar += (char)((ch - baseChar + 3) % 26 + baseChar);
            }
            else
            {
                caesar += ch;
            }
        }
        Console.WriteLine(caesar);

        switch ('m')
        {
            case 'a': Console.WriteLine("a!"); break;
            case 'm': Console.WriteLine("m!"); break;
            default: Console.WriteLine("?"); break;
        }
        Console.WriteLine(char.MaxValue == 65535);
        Console.WriteLine((int)char.MinValue);
        Console.WriteLine("abc"[1]);
        Console.WriteLine("abc"[1] + 1);
        Console.WriteLine(char.GetNumericValue('7'));
        Console.WriteLine('7' - '0');
        Console.WriteLine(char.IsDigit('7'));
    }
}

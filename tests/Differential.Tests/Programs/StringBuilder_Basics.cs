using System;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("Hello");
        sb.Append(',').Append(' ').Append("World");
        sb.Append(42).Append(true).Append(1.5).Append((string?)null).Append('!');
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.AppendLine();
        sb.AppendLine("second line");
        sb.AppendFormat("{0}-{1,4}|{2:F1}", "fmt", 7, 2.25);
        Console.WriteLine(sb);
        Console.WriteLine(sb.ToString().Split('\n').Length);

        var b = new StringBuilder("abcdef");
        b.Insert(0, "<");
        b.Insert(b.Length, ">");
        b.Insert(3, 123);
        Console.WriteLine(b);
        b.Remove(1, 2);
        Console.WriteLine(b);
        b.Replace("123", "x");
        Console.WriteLine(b);
        b.Replace('x', 'y');
        Console.WriteLine(b);
        Console.WriteLine(b[2]);
        b[2] = 'Z';
        Console.WriteLine(b);
        b.Length = 3;
        Console.WriteLine(b + "|" + b.Length);
        b.Clear();
        Console.WriteLine("[" + b + "]" + b.Length);
        b.Append('-', 5);
        Console.WriteLine(b);
        b.Append("0123456789", 2, 3);
        Console.WriteLine(b);
        Console.WriteLine(b.ToString(1, 4));

        var csv = new StringBuilder();
        for (int row = 0; row < 4; row++)
        {
            for (int col = 0; col < 5; col++)
            {
                if (col > 0) csv.Append(',');
                csv.Append(row * col);
            }
            csv.Append('\n');
        }
        Console.Write(csv.ToString());

        var big = new StringBuilder();
        for (int i = 0; i < 1000; i++)
            big.Append(i % 10);
        Console.WriteLine(big.Length + " " + big.ToString().Substring(995));

        var json = new StringBuilder("{");
        string[] keys = { "name", "tag", "size" };
        object[] values = { "nginx", "latest", 1234 };
        for (int i = 0; i < keys.Length; i++)
        {
            if (i > 0) json.Append(',');
            json.Append('"').Append(keys[i]).Append("\":");
            if (values[i] is string str) json.Append('"').Append(str).Append('"');
            else json.Append(values[i]);
        }
        json.Append('}');
        Console.WriteLine(json);
        Console.WriteLine(new StringBuilder().Append('a').Append('b').Equals(new StringBuilder("ab")));
        var sb2 = new StringBuilder();
        sb2.AppendJoin(", ", "x", "y", "z");
        sb2.AppendJoin('|', new[] { 1, 2, 3 });
        Console.WriteLine(sb2);
    }
}

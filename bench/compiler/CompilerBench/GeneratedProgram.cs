using System.Text;

namespace EdgeMirror.Bench.Compiler;

/// <summary>A C# program of a requested size made of ordinary code (classes, virtual calls, loops,
/// switch, strings, lists), for timing the compiler on more than the Worker.</summary>
public static class GeneratedProgram
{
    public static string Create(int lines)
    {
        var code = new StringBuilder();
        code.AppendLine("using System;");
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using System.Text;");
        code.AppendLine();
        code.AppendLine("public abstract class Shape { public abstract double Area(); public virtual string Describe() => GetType().Name + \" \" + Area(); }");
        var classes = 0;
        while (Count(code) < lines - 40)
        {
            var n = classes++;
            code.AppendLine($$"""
                public sealed class Shape{{n}} : Shape
                {
                    private readonly int _size;
                    private readonly List<int> _values = new();
                    public Shape{{n}}(int size) { _size = size; for (var i = 0; i < size; i++) _values.Add(i * {{n % 7 + 1}}); }
                    public int Size => _size;
                    public override double Area() => _size * {{n % 5 + 1}}.5;
                    public int Sum()
                    {
                        var total = 0;
                        foreach (var v in _values)
                        {
                            if (v % 2 == 0) total += v;
                            else total -= v / 3;
                        }
                        return total;
                    }
                    public string Label(int k)
                    {
                        switch (k % 4)
                        {
                            case 0: return "zero-" + k;
                            case 1: return $"one-{k,4}";
                            case 2: return "two-" + (k * {{n}}).ToString();
                            default: return k > 10 ? "big" : "small";
                        }
                    }
                    public string Render()
                    {
                        var text = new StringBuilder();
                        for (var i = 0; i < _size; i++)
                        {
                            text.Append(Label(i));
                            if (i < _size - 1) text.Append(',');
                        }
                        return text.ToString();
                    }
                    public override string Describe() => "shape {{n}}: " + base.Describe() + " sum " + Sum();
                }

                """);
        }
        code.AppendLine("public static class Program");
        code.AppendLine("{");
        code.AppendLine("    public static void Main()");
        code.AppendLine("    {");
        code.AppendLine("        var shapes = new List<Shape>();");
        for (var i = 0; i < classes; i++) code.AppendLine($"        shapes.Add(new Shape{i}({i % 9 + 1}));");
        code.AppendLine("        double area = 0;");
        code.AppendLine("        foreach (var s in shapes) area += s.Area();");
        code.AppendLine("        Console.WriteLine(shapes.Count + \" shapes, area \" + area);");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    private static int Count(StringBuilder code)
    {
        var lines = 0;
        for (var i = 0; i < code.Length; i++) if (code[i] == '\n') lines++;
        return lines;
    }
}

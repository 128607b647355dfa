using System;

class Formatter
{
    public virtual string Format(int value) => "int:" + value;
    public virtual string Format(string value) => "string:" + value;
    public virtual string Format(int value, int width) => "int:" + value.ToString().PadLeft(width, '0');
    public string Format(double value) => "double:" + value;
    public string Format(object? value) => "object:" + (value ?? "null");
    public static string Make(int n) => "static int " + n;
    public static string Make(long n) => "static long " + n;
    public static string Make(params int[] ns) => "static params " + ns.Length;
}

class Bracketed : Formatter
{
    public override string Format(int value) => "[" + base.Format(value) + "]";
    public override string Format(int value, int width) => "[" + base.Format(value, width) + "]";
    public new string Format(double value) => "{" + base.Format(value) + "}";
}

class Shouting : Bracketed
{
    public override string Format(string value) => base.Format(value.ToUpper());
    public override string Format(int value) => base.Format(value * 2) + "!";
}

class Program
{
    static string Describe(Formatter f) =>
        string.Join(" ", f.Format(7), f.Format("hi"), f.Format(42, 5), f.Format(2.5), f.Format((object)'c'), f.Format((object?)null));

    static void Main()
    {
        Console.WriteLine(Describe(new Formatter()));
        Console.WriteLine(Describe(new Bracketed()));
        Console.WriteLine(Describe(new Shouting()));
        var b = new Bracketed();
        Console.WriteLine(b.Format(2.5) + " " + ((Formatter)b).Format(2.5));
        var s = new Shouting();
        Console.WriteLine(s.Format(3) + " " + s.Format("x") + " " + s.Format(1, 3) + " " + s.Format(1.25));
        Console.WriteLine(Formatter.Make(1) + ", " + Formatter.Make(1L) + ", " + Formatter.Make() + ", " + Formatter.Make(1, 2) + ", " + Formatter.Make(new[] { 1, 2, 3 }));
        short small = 3;
        byte tiny = 4;
        char letter = 'A';
        float f = 1.5f;
        Console.WriteLine(new Formatter().Format(small) + " " + new Formatter().Format(tiny) + " " + new Formatter().Format(letter) + " " + new Formatter().Format(f) + " " + new Formatter().Format(5L));
    }
}

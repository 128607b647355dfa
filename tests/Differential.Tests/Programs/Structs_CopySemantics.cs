using System;
using System.Collections.Generic;

struct Counter
{
    public int Value;
    public string Name;
    public Counter(string name) { Name = name; Value = 0; }
    public void Increment() => Value++;
    public override string ToString() => $"{Name}={Value}";
}

struct Box
{
    public Counter Inner;
    public int[] Shared;
}

class Holder
{
    public Counter Field;
    public Counter Property { get; set; }
}

class Program
{
    static void Bump(Counter c)
    {
        c.Increment();
        Console.WriteLine("inside Bump: " + c);
    }

    static void BumpRef(ref Counter c) => c.Increment();

    static Counter Make() => new Counter("made");

    static void Main()
    {
        var a = new Counter("a");
        var b = a;
        b.Increment();
        b.Name = "b";
        Console.WriteLine(a + " " + b);
        Bump(a);
        Console.WriteLine("after Bump: " + a);
        BumpRef(ref a);
        Console.WriteLine("after BumpRef: " + a);

        var arr = new Counter[3];
        arr[0].Increment();
        arr[1] = a;
        arr[1].Increment();
        Console.WriteLine(a + " | " + string.Join(", ", arr));

        var list = new List<Counter> { a };
        var fromList = list[0];
        fromList.Increment();
        Console.WriteLine(list[0] + " " + fromList);

        var holder = new Holder();
        holder.Field.Increment();
        holder.Field.Increment();
        var p = holder.Property;
        p.Increment();
        Console.WriteLine(holder.Field + " " + holder.Property + " " + p);
        holder.Property = p;
        Console.WriteLine(holder.Property);

        var box1 = new Box { Inner = new Counter("inner"), Shared = new[] { 1 } };
        var box2 = box1;
        box2.Inner.Increment();
        box2.Shared[0] = 42;
        Console.WriteLine(box1.Inner + " " + box2.Inner + " " + box1.Shared[0]);

        var made = Make();
        made.Increment();
        Console.WriteLine(made + " " + Make());

        Counter d = default;
        Console.WriteLine(d.Value + " [" + d.Name + "]");
        Console.WriteLine(a.Equals(a) + " " + a.Equals(b));
        var copies = new Counter[2];
        for (int i = 0; i < copies.Length; i++)
        {
            var c = a;
            c.Value += i * 10;
            copies[i] = c;
        }
        Console.WriteLine(copies[0] + " " + copies[1] + " " + a);
        foreach (var c in copies) { var m = c; m.Increment(); Console.Write(m + " "); }
        Console.WriteLine();
        Console.WriteLine(copies[0]);
        (Counter x, int y) tuple = (a, 1);
        tuple.x.Increment();
        Console.WriteLine(tuple.x + " " + a);
    }
}

using System;
using System.Collections.Generic;

struct Counter
{
    public int Value;
    public void Increment() => Value++;
    public readonly int Peek() => Value;
    public override string ToString() => "Counter(" + Value + ")";
}

class Holder
{
    public static readonly Counter Frozen = new Counter { Value = 10 };
    public static Counter Mutable = new Counter { Value = 20 };
    public readonly Counter ReadonlyField = new Counter { Value = 30 };
    public Counter Field = new Counter { Value = 40 };
    public Counter Property { get; set; } = new Counter { Value = 50 };
}

class Program
{
    static int ReadIn(in Counter c) => c.Peek();
    static Counter Make() => new Counter { Value = 1 };

    static void Main()
    {
        Holder.Frozen.Increment();
        Holder.Mutable.Increment();
        Console.WriteLine(Holder.Frozen + " " + Holder.Mutable);
        var h = new Holder();
        h.ReadonlyField.Increment();
        h.Field.Increment();
        h.Property.Increment();
        Console.WriteLine(h.ReadonlyField + " " + h.Field + " " + h.Property);
        var arr = new[] { new Counter { Value = 1 }, new Counter { Value = 2 } };
        foreach (var c in arr) c.Increment();
        Console.WriteLine(arr[0] + " " + arr[1]);
        for (int i = 0; i < arr.Length; i++) arr[i].Increment();
        Console.WriteLine(arr[0] + " " + arr[1]);
        var list = new List<Counter> { new Counter { Value = 5 } };
        list[0].Increment();
        Console.WriteLine(list[0]);
        var dict = new Dictionary<string, Counter> { ["k"] = new Counter { Value = 7 } };
        dict["k"].Increment();
        Console.WriteLine(dict["k"]);
        Make().Increment();
        Console.WriteLine(Make());
        var local = new Counter { Value = 3 };
        Console.WriteLine(ReadIn(local) + " " + ReadIn(new Counter { Value = 4 }));
        local.Increment();
        Console.WriteLine(local.Peek());
        (Counter a, Counter b) pair = (local, local);
        pair.a.Increment();
        Console.WriteLine(pair.a + " " + pair.b + " " + local);
        Counter? nullable = local;
        nullable.Value.Increment();
        Console.WriteLine(nullable.Value);
        object boxed = local;
        ((Counter)boxed).Increment();
        Console.WriteLine(boxed);
    }
}

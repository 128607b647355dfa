using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    interface IA { string Who(); string Shared() => "IA.Shared"; }
    interface IB { string Who(); }
    sealed class Both : IA, IB
    {
        public string Who() => "class";
    }
    sealed class OnlyExplicit : IA
    {
        string IA.Who() => "explicit IA";
        public string Shared() => "own Shared";
    }

    abstract class Animal : IComparable<Animal>, IComparable
    {
        public abstract string Sound { get; }
        public int Weight { get; init; }
        public int CompareTo(Animal? other) => other is null ? 1 : Weight.CompareTo(other.Weight);
        int IComparable.CompareTo(object? obj) => obj is Animal a ? CompareTo(a) : throw new ArgumentException("not an animal");
        public override string ToString() => GetType().Name + "(" + Weight + ")";
    }
    sealed class Dog : Animal { public override string Sound => "woof"; }
    sealed class Cow : Animal { public override string Sound => "moo"; }

    interface IProducer<out T> { T Make(); }
    interface IConsumer<in T> { string Eat(T item); }
    sealed class DogMaker : IProducer<Dog> { private int _n; public Dog Make() => new Dog { Weight = ++_n * 10 }; }
    sealed class AnimalEater : IConsumer<Animal> { public string Eat(Animal a) => "ate " + a; }

    static string Loudest(IEnumerable<Animal> animals) => string.Join("", animals.Select(a => a.Sound.ToUpper()));

    public static void Main()
    {
        var both = new Both();
        Console.WriteLine(both.Who() + " | " + ((IA)both).Who() + " | " + ((IB)both).Who() + " | " + ((IA)both).Shared());
        IA only = new OnlyExplicit();
        Console.WriteLine(only.Who() + " | " + only.Shared() + " | " + ((OnlyExplicit)only).Shared());
        var zoo = new List<Animal> { new Cow { Weight = 500 }, new Dog { Weight = 30 }, new Dog { Weight = 45 } };
        zoo.Sort();
        Console.WriteLine(string.Join(",", zoo) + " " + zoo.Max() + " " + zoo.Min() + " " + string.Join(",", zoo.OrderByDescending(a => a)));
        var dogs = new List<Dog> { new Dog { Weight = 1 }, new Dog { Weight = 2 } };
        Console.WriteLine(Loudest(dogs) + " " + Loudest(zoo));
        IProducer<Animal> producer = new DogMaker();
        Console.WriteLine(producer.Make() + " " + producer.Make().Sound);
        IConsumer<Dog> eater = new AnimalEater();
        Console.WriteLine(eater.Eat(new Dog { Weight = 7 }));
        IComparable c = zoo[0];
        Console.WriteLine(c.CompareTo(zoo[1]) + " " + Comparer<Animal>.Default.Compare(zoo[2], zoo[0]));
        try { c.CompareTo("x"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        object o = both;
        Console.WriteLine((o is IA) + " " + (o is IB ib ? ib.Who() : "-") + " " + (o as IComparable == null) + " " + (zoo[0] is IComparable<Animal>));
        IEnumerable<object> objs = new List<string> { "s", "t" };
        Console.WriteLine(string.Join("+", objs) + " " + objs.Count());
        Func<Animal, string> describe = a => a.Sound;
        Func<Dog, object> covariant = describe;
        Console.WriteLine(covariant(new Dog()));
    }
}

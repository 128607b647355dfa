using System;
using System.Collections.Generic;

class Animal
{
    private static int created;
    public string Name { get; }
    public int Id { get; }

    public Animal(string name)
    {
        Name = name;
        Id = ++created;
        Console.WriteLine($"Animal ctor {name} #{Id}");
    }

    public virtual string Sound() => "...";
    public virtual string Describe() => $"{Name} says {Sound()}";
    public string Plain() => "plain " + Name;
    public override string ToString() => $"Animal({Name})";
    public static int Created => created;
}

class Dog : Animal
{
    public Dog(string name) : base(name) => Console.WriteLine("Dog ctor " + name);
    public override string Sound() => "Woof";
    public new string Plain() => "dog-plain " + Name;
}

class Puppy : Dog
{
    private readonly int age;
    public Puppy(string name, int age) : base(name + " jr")
    {
        this.age = age;
        Console.WriteLine("Puppy ctor " + age);
    }

    public override string Sound() => base.Sound() + " (squeaky)";
    public override string Describe() => base.Describe() + $", age {age}";
}

class Cat : Animal
{
    public Cat() : this("Cat") { Console.WriteLine("Cat() done"); }
    public Cat(string name) : base(name) { Console.WriteLine("Cat(string) done"); }
    public sealed override string Sound() => "Meow";
    public override string ToString() => "Cat:" + base.ToString();
}

class Counter
{
    protected int count;
    public virtual void Add(int n) => count += n;
    public int Count => count;
}

class DoublingCounter : Counter
{
    public override void Add(int n)
    {
        base.Add(n);
        base.Add(n);
    }
}

class Program
{
    static void Main()
    {
        var animals = new List<Animal> { new Animal("Generic"), new Dog("Rex"), new Puppy("Rex", 1), new Cat() };
        foreach (var a in animals)
        {
            Console.WriteLine(a.Describe());
            Console.WriteLine(a.Plain());
            Console.WriteLine(a.ToString());
            Console.WriteLine(a);
            Console.WriteLine(a.GetType().Name + " is Dog: " + (a is Dog) + ", as Dog null: " + (a as Dog == null));
        }
        Dog d = new Dog("Fido");
        Console.WriteLine(d.Plain());
        Console.WriteLine(((Animal)d).Plain());
        Console.WriteLine("created " + Animal.Created);

        Counter c = new DoublingCounter();
        for (int i = 1; i <= 4; i++) c.Add(i);
        Console.WriteLine(c.Count);
        object o = c;
        Console.WriteLine(o is Counter);
        Console.WriteLine(o is DoublingCounter dc ? "doubling " + dc.Count : "no");
        Console.WriteLine(o.ToString());
        Console.WriteLine(ReferenceEquals(d, d) + " " + ReferenceEquals(d, new Dog("Other")) + " " + d.Equals(d));
    }
}

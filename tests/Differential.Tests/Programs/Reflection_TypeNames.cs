using System;
using System.Collections.Generic;

namespace Sample.Names
{
    class Widget { public class Part { } }
    record Gadget(int Id);
    struct Point { }
    enum Shade { Light }
    interface IThing { }

    class Program
    {
        static string NameOf<T>() => typeof(T).Name;
        static string RuntimeName(object o) => o.GetType().Name;

        static void Main()
        {
            Console.WriteLine(typeof(Widget).Name);
            Console.WriteLine(typeof(Widget).FullName);
            Console.WriteLine(typeof(Widget.Part).Name);
            Console.WriteLine(typeof(Widget.Part).FullName);
            Console.WriteLine(typeof(Gadget).Name + " " + typeof(Point).Name + " " + typeof(Shade).Name + " " + typeof(IThing).Name);
            Console.WriteLine(typeof(int).Name + " " + typeof(string).Name + " " + typeof(double).Name + " " + typeof(bool).Name + " " + typeof(long).Name + " " + typeof(char).Name + " " + typeof(object).Name);
            Console.WriteLine(typeof(int).FullName + " " + typeof(string).FullName);
            Console.WriteLine(typeof(Exception).Name + " " + typeof(InvalidOperationException).FullName);
            Console.WriteLine(NameOf<Widget>() + " " + NameOf<int>() + " " + NameOf<Gadget>());
            Console.WriteLine(RuntimeName(new Widget()) + " " + RuntimeName(new Gadget(1)) + " " + RuntimeName(new Widget.Part()));
            Console.WriteLine(RuntimeName(5) + " " + RuntimeName("s") + " " + RuntimeName(2.5) + " " + RuntimeName(true) + " " + RuntimeName(Shade.Light));
            Console.WriteLine(RuntimeName(new ArgumentException("x")) + " " + new KeyNotFoundException().GetType().FullName);
            object w = new Widget();

            int count = 3;
            string label = "x";
            Console.WriteLine(nameof(count) + " " + nameof(label) + " " + nameof(Widget) + " " + nameof(Widget.Part) + " " + nameof(Main));
            Console.WriteLine(nameof(Gadget.Id) + " " + nameof(List<int>.Count) + " " + nameof(Console.WriteLine) + " " + nameof(Sample.Names));
            Console.WriteLine(nameof(String) + nameof(System.Text));
            Console.WriteLine(w.ToString());
            Console.WriteLine(new Point().ToString());
            Console.WriteLine(new Widget.Part().ToString());
        }
    }
}

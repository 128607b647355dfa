using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static readonly List<string> events = new();

    static async Task<string> Fetch(string name, int delay)
    {
        events.Add("start " + name);
        await Task.Delay(delay);
        events.Add("done " + name);
        return name.ToUpper();
    }

    static async Task Main()
    {
        // Far apart: on a loaded machine .NET may fire timers that are due close together in either order.
        var tasks = new[] { Fetch("c", 1500), Fetch("a", 5), Fetch("b", 700) };
        Console.WriteLine("started: " + string.Join(", ", events));
        string[] results = await Task.WhenAll(tasks);
        Console.WriteLine("results keep argument order: " + string.Join(",", results));
        Console.WriteLine("events: " + string.Join(", ", events));

        var numbers = await Task.WhenAll(Enumerable.Range(1, 5).Select(async i =>
        {
            await Task.Delay((6 - i) * 3);
            return i * i;
        }));
        Console.WriteLine(string.Join(" ", numbers));
        Console.WriteLine(numbers.Sum());

        var list = new List<Task> { Task.Delay(1), Task.CompletedTask, Fetch("x", 1) };
        await Task.WhenAll(list);
        Console.WriteLine("all plain tasks done: " + string.Join(", ", events.Skip(6)));

        var empty = await Task.WhenAll(new Task<int>[0]);
        Console.WriteLine("empty WhenAll length " + empty.Length);

        try
        {
            await Task.WhenAll(Fail("first", 20), Fetch("ok", 1), Fail("second", 5));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("WhenAll throws the first task's exception: " + e.Message);
        }
    }

    static async Task<string> Fail(string name, int delay)
    {
        await Task.Delay(delay);
        throw new InvalidOperationException(name + " failed");
    }
}

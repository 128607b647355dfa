using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Order(int Id, string Customer, string Product, int Qty, double Price);
    record Customer(string Name, string Country);

    static IEnumerable<Order> Orders()
    {
        Console.WriteLine("(orders enumerated)");
        yield return new Order(1, "ann", "apple", 3, 0.5);
        yield return new Order(2, "bob", "pear", 1, 0.75);
        yield return new Order(3, "ann", "pear", 2, 0.75);
        yield return new Order(4, "cid", "plum", 10, 0.2);
        yield return new Order(5, "bob", "apple", 4, 0.5);
        yield return new Order(6, "dan", "kiwi", 6, 0.3);
    }

    public static void Main()
    {
        var customers = new List<Customer> { new("ann", "NO"), new("bob", "IT"), new("cid", "NO"), new("eve", "CH") };
        var orders = Orders().ToList();

        var q1 = from o in orders
                 where o.Qty > 1
                 let total = o.Qty * o.Price
                 orderby total descending, o.Id
                 select $"{o.Id}:{o.Customer}:{total:F2}";
        Console.WriteLine(string.Join(" ", q1));

        var q2 = from o in orders
                 group o by o.Customer into g
                 orderby g.Key
                 select new { Customer = g.Key, Count = g.Count(), Total = g.Sum(x => x.Qty * x.Price) };
        foreach (var x in q2) Console.WriteLine(x);

        var q3 = from o in orders
                 join c in customers on o.Customer equals c.Name
                 select o.Id + "@" + c.Country;
        Console.WriteLine(string.Join(",", q3));

        var q4 = from c in customers
                 join o in orders on c.Name equals o.Customer into os
                 select c.Name + "=" + os.Count();
        Console.WriteLine(string.Join(",", q4));

        var q5 = from c in customers
                 join o in orders on c.Name equals o.Customer into os
                 from o in os.DefaultIfEmpty()
                 select c.Name + ":" + (o?.Product ?? "-");
        Console.WriteLine(string.Join(",", q5));

        var q6 = from a in Enumerable.Range(1, 4)
                 from b in Enumerable.Range(a, 3)
                 where (a + b) % 3 == 0
                 select (a, b);
        Console.WriteLine(string.Join(" ", q6));

        var byCountry = customers.GroupJoin(orders, c => c.Name, o => o.Customer, (c, os) => (c.Country, Qty: os.Sum(o => o.Qty)))
            .GroupBy(t => t.Country).OrderByDescending(g => g.Sum(t => t.Qty)).ThenBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Sum(t => t.Qty)}");
        Console.WriteLine(string.Join(" ", byCountry));

        Console.WriteLine("== deferred: the source is enumerated per use");
        var lazy = Orders().Where(o => o.Price > 0.4);
        Console.WriteLine(lazy.Count());
        Console.WriteLine(lazy.Max(o => o.Qty));
        var lookup = Orders().ToLookup(o => o.Product);
        Console.WriteLine(string.Join(",", lookup.Select(g => g.Key + g.Count())));
        Console.WriteLine(lookup.Contains("kiwi") + " " + lookup["nope"].Any());

        var dict = orders.GroupBy(o => o.Product).ToDictionary(g => g.Key, g => g.Select(o => o.Id).ToList());
        foreach (var (product, ids) in dict) Console.WriteLine(product + " -> " + string.Join("+", ids));
        Console.WriteLine(orders.Aggregate(0.0, (acc, o) => acc + o.Qty * o.Price, acc => Math.Round(acc, 2)));
        Console.WriteLine(orders.Select(o => o.Customer).Distinct().Count() + " " + orders.Count(o => o.Product.StartsWith("p")));
        Console.WriteLine(string.Join(",", orders.OrderBy(o => o.Product).ThenByDescending(o => o.Qty).Select(o => o.Id)));
        Console.WriteLine(string.Join(",", orders.Select((o, i) => (o, i)).Where(t => t.i % 2 == 1).Select(t => t.o.Id)));
        Console.WriteLine(orders.Where(o => o.Qty > 100).Select(o => o.Price).DefaultIfEmpty(-1).Average());
        Console.WriteLine(orders.Sum(o => (long)o.Qty * 1_000_000_000L));
        Console.WriteLine(orders.Min(o => o.Customer) + " " + orders.Max(o => o.Product) + " " + orders.MaxBy(o => o.Price)!.Id);
        try { Console.WriteLine(orders.Where(o => o.Qty > 100).Max(o => o.Price)); }
        catch (InvalidOperationException e) { Console.WriteLine("Max empty: " + e.Message); }
        try { Console.WriteLine(orders.Where(o => o.Qty > 100).Min(o => o.Customer) ?? "null min"); }
        catch (InvalidOperationException e) { Console.WriteLine("Min empty string: " + e.Message); }
        try { Console.WriteLine(orders.Single(o => o.Customer == "ann")); }
        catch (InvalidOperationException e) { Console.WriteLine("Single: " + e.Message); }
        Console.WriteLine(orders.First(o => o.Customer == "dan"));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    enum Category { Tools, Food, Toys }

    sealed record Item(string Sku, string Name, Category Category, double Price, int Quantity)
    {
        public double Total => Price * Quantity;
        public Item Restock(int n) => this with { Quantity = Quantity + n };
    }

    sealed class Inventory
    {
        private readonly Dictionary<string, Item> _items = new();
        public readonly List<Action<string>> Changed = new();
        private void Notify(string m) { foreach (var h in Changed.ToList()) h(m); }
        public void Add(Item item)
        {
            if (!_items.TryAdd(item.Sku, item)) throw new ArgumentException($"duplicate sku {item.Sku}", nameof(item));
            Notify("added " + item.Sku);
        }
        public void Restock(string sku, int n)
        {
            if (!_items.TryGetValue(sku, out var item)) throw new KeyNotFoundException($"no sku {sku}");
            _items[sku] = item.Restock(n);
            Notify($"restocked {sku} by {n}");
        }
        public IEnumerable<Item> Items => _items.Values.OrderBy(i => i.Sku, StringComparer.Ordinal);
    }

    public static void Main()
    {
        var inv = new Inventory();
        var log = new List<string>();
        Action<string> logger = log.Add;
        inv.Changed.Add(logger);
        inv.Changed.Add(m => { if (m.StartsWith("restocked")) Console.WriteLine("! " + m); });
        inv.Add(new Item("T-100", "Hammer", Category.Tools, 12.5, 4));
        inv.Add(new Item("F-200", "Apple", Category.Food, 0.35, 120));
        inv.Add(new Item("Y-300", "Yo-yo", Category.Toys, 3.99, 0));
        inv.Add(new Item("T-101", "Wrench", Category.Tools, 8.75, 10));
        inv.Add(new Item("F-201", "Bread", Category.Food, 2.2, 15));
        inv.Restock("Y-300", 25);
        Console.WriteLine(inv.Changed.Remove(logger));
        inv.Restock("F-201", 5);
        try { inv.Add(new Item("T-100", "Again", Category.Tools, 1, 1)); } catch (ArgumentException e) { Console.WriteLine(e.Message + " / " + e.ParamName); }
        try { inv.Restock("Z-1", 1); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(string.Join("; ", log));

        Console.WriteLine($"{"SKU",-6}|{"Name",-8}|{"Cat",6}|{"Price",8}|{"Qty",5}|{"Total",10}");
        foreach (var i in inv.Items)
            Console.WriteLine($"{i.Sku,-6}|{i.Name,-8}|{i.Category,6}|{i.Price,8:F2}|{i.Quantity,5}|{i.Total,10:N2}");
        foreach (var g in inv.Items.GroupBy(i => i.Category).OrderByDescending(g => g.Sum(i => i.Total)))
            Console.WriteLine($"{g.Key}: {g.Count()} items, {g.Sum(i => i.Quantity)} units, worth {g.Sum(i => i.Total):0.00}, avg price {g.Average(i => i.Price):0.000}, priciest {g.MaxBy(i => i.Price)!.Name}");
        var byCat = inv.Items.ToDictionary(i => i.Sku, i => i.Category);
        Console.WriteLine(string.Join(",", byCat.Where(kv => kv.Value != Category.Food).Select(kv => kv.Key + "=" + (int)kv.Value)));
        var first = inv.Items.First();
        var changed = first with { Price = 13 };
        Console.WriteLine(first + "\n" + changed + "\n" + (first == changed) + " " + (first with { } == first) + " " + first.Equals(changed with { Price = 12.5 }));
        Console.WriteLine(Enum.GetNames<Category>().Length + " " + string.Join("/", Enum.GetValues<Category>()) + " " + Enum.Parse<Category>("Toys") + " " + Enum.TryParse<Category>("toys", true, out var c) + c + " " + (Category)7 + " " + Enum.IsDefined(typeof(Category), 1));
        var totals = inv.Items.Select(i => i.Total).ToList();
        Console.WriteLine(totals.Sum().ToString("F3") + " " + totals.Max() + " " + totals.Min() + " " + totals.Average().ToString("G6"));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

[Flags]
public enum Tags : ushort { None = 0, Fragile = 1, Heavy = 2, Cold = 4, Hazard = 8, Bulk = Heavy | 16, All = 31 }
public enum Zone : byte { A = 1, B, C = 10, D }

public record Item(string Sku, string Name, int Qty, long PriceCents, Tags Tags = Tags.None)
{
    public long Value => Qty * PriceCents;
    public virtual bool Equals(Item other) => other is not null && string.Equals(Sku, other.Sku, StringComparison.OrdinalIgnoreCase);
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Sku);
}
public record Perishable(string Sku, string Name, int Qty, long PriceCents, int Days) : Item(Sku, Name, Qty, PriceCents, Tags.Cold)
{
    public override string ToString() => base.ToString() + $"~{Days}d";
}
public record struct Slot(Zone Zone, int Row) : IComparable<Slot>
{
    public int CompareTo(Slot o) => Zone != o.Zone ? Zone.CompareTo(o.Zone) : Row.CompareTo(o.Row);
}

public sealed class ByValueThenName : IComparer<Item>
{
    public static readonly ByValueThenName Instance = new();
    public int Compare(Item x, Item y)
    {
        int c = y.Value.CompareTo(x.Value);
        return c != 0 ? c : string.Compare(x.Name, y.Name, StringComparison.Ordinal);
    }
}

public class Inventory
{
    private readonly Dictionary<string, Item> bySku = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Slot, string> slots = new();
    public int Count => bySku.Count;
    public Item this[string sku]
    {
        get => bySku.TryGetValue(sku, out var it) ? it : throw new KeyNotFoundException($"No item '{sku}'");
        set => bySku[sku] = value;
    }
    public bool Add(Item it, Slot slot)
    {
        if (!bySku.TryAdd(it.Sku, it)) return false;
        slots.Add(slot, it.Sku);
        return true;
    }
    public IEnumerable<(Slot, Item)> Layout() { foreach (var kv in slots.OrderBy(k => k.Key)) yield return (kv.Key, bySku[kv.Value]); }
    public IEnumerable<Item> With(Tags t) => bySku.Values.Where(i => (i.Tags & t) == t).OrderBy(i => i.Sku, StringComparer.Ordinal);
}

public static class Program
{
    public static void Main()
    {
        var inv = new Inventory();
        var items = new Item[]
        {
            new("w-100", "Widget", 40, 250, Tags.Fragile), new("G-7", "Gadget", 3, 19999, Tags.Heavy | Tags.Hazard),
            new Perishable("m-1", "Milk", 12, 129, 7), new("B-2", "Bolt", 1000, 5, Tags.Bulk), new("W-100", "Dup", 1, 1),
            new("x-9", "Crate", 2, 4500, Tags.Bulk | Tags.Fragile), new Perishable("C-3", "Cheese", 5, 799, 30) { Tags = Tags.Cold | Tags.Fragile },
        };
        int row = 0;
        foreach (var it in items)
        {
            var slot = new Slot((Zone)(row % 3 == 0 ? 1 : row % 3 == 1 ? 10 : 2), row / 2);
            Console.WriteLine($"add {it.Sku,-6} at {slot}: {inv.Add(it, slot)}");
            row++;
        }
        Console.WriteLine($"count {inv.Count} w-100 == W-100: {items[0] == items[4]} {items[0].Equals(items[4])} ref {ReferenceEquals(items[0], items[4])}");
        Console.WriteLine(inv["W-100"]);
        Console.WriteLine(inv["m-1"]);
        try { Console.WriteLine(inv["nope"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        var updated = inv["g-7"] with { Qty = 4, Name = "Gadget+" };
        inv["g-7"] = updated;
        Console.WriteLine($"{updated} {updated.Value} orig-equal {updated == items[1]}");
        foreach (var (slot, it) in inv.Layout()) Console.WriteLine($"{slot.Zone}{slot.Row:00} {it.Name,-8} {it.Tags}");
        foreach (Tags t in new[] { Tags.None, Tags.Fragile, Tags.Bulk, Tags.Heavy | Tags.Cold, (Tags)64, (Tags)18, Tags.All, (Tags)33 })
            Console.WriteLine($"{t,-22}|{(int)t,3}|{t:D}|{t:X}|{t.HasFlag(Tags.Heavy)}|{Enum.IsDefined(typeof(Tags), t)}");
        foreach (var z in new[] { Zone.A, Zone.B, Zone.D, (Zone)3, (Zone)255 }) Console.Write($"{z}={(byte)z} ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Zone))) + " " + string.Join(",", Enum.GetValues<Tags>().Select(v => (int)v)));
        Console.WriteLine($"{Enum.Parse<Tags>("Cold, Heavy")} {Enum.TryParse<Zone>("c", true, out var zc)} {zc} {Enum.TryParse("Q", out Zone zq)} {zq}");
        var sorted = items.ToList();
        sorted.Sort(ByValueThenName.Instance);
        foreach (var it in sorted) Console.WriteLine($"{it.Name,-8}{it.Value,10:N0}{(it is Perishable p ? $" {p.Days}d" : "")}");
        var set = new HashSet<Item>(items);
        Console.WriteLine($"distinct skus {set.Count}; cold {string.Join(",", inv.With(Tags.Cold).Select(i => i.Name))}; fragile {inv.With(Tags.Fragile).Count()}");
        var a = new HashSet<string>(items.Select(i => i.Sku), StringComparer.OrdinalIgnoreCase);
        var b = new HashSet<string>(new[] { "W-100", "b-2", "z-0" });
        var u = new HashSet<string>(a, a.Comparer); u.IntersectWith(b);
        Console.WriteLine($"{a.Count} {u.Count} overlaps {a.Overlaps(b)} subset {u.IsSubsetOf(a)} super {a.IsSupersetOf(b)} {string.Join(",", u.OrderBy(s => s))}");
        a.ExceptWith(b); a.SymmetricExceptWith(new[] { "G-7", "q-1" });
        Console.WriteLine(string.Join(",", a.OrderBy(s => s, StringComparer.OrdinalIgnoreCase)));
        var qset = new HashSet<int>(items.Select(i => i.Qty)) { 0, 40 };
        Console.WriteLine($"{string.Join(" ", qset.OrderBy(q => q))} min {qset.Min()} max {qset.Max()} view {string.Join(" ", qset.Where(q => q >= 3 && q <= 40).OrderByDescending(q => q))}");
        var p1 = new Perishable("m-1", "Milk", 12, 129, 7);
        Item i1 = p1;
        Console.WriteLine($"{p1 == (Perishable)items[2]} {i1.Equals(items[2])} {p1.GetType().Name} {p1 with { Days = 1 }}");
        var s1 = new Slot(Zone.B, 1); var s2 = s1 with { Row = 2 };
        Console.WriteLine($"{s1 == s2} {s1.CompareTo(s2)} {s1.Equals(new Slot(Zone.B, 1))} {s2}");
    }
}

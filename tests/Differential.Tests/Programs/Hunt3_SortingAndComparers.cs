using System;
using System.Collections.Generic;
using System.Linq;

public sealed record Employee(string Name, string Dept, int Age, double Salary);

public sealed class ByDeptThenAge : IComparer<Employee>
{
    public int Compare(Employee? x, Employee? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.Compare(x.Dept, y.Dept, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : x.Age.CompareTo(y.Age);
    }
}

public sealed class CaseInsensitiveEq : IEqualityComparer<string>
{
    public bool Equals(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    public int GetHashCode(string s) => s.ToUpperInvariant().GetHashCode();
}

public sealed class Version : IComparable<Version>, IComparable
{
    public int Major, Minor;
    public Version(string s) { var p = s.Split('.'); Major = int.Parse(p[0]); Minor = p.Length > 1 ? int.Parse(p[1]) : 0; }
    public int CompareTo(Version? o) => o is null ? 1 : Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
    public int CompareTo(object? o) => CompareTo(o as Version);
    public override string ToString() => $"{Major}.{Minor}";
}

public static class Program
{
    public static void Main()
    {
        var staff = new List<Employee>
        {
            new("Zoe", "eng", 30, 120_000), new("adam", "Sales", 45, 80_000.5), new("Bob", "ENG", 30, 95_000),
            new("carl", "sales", 22, 50_000), new("Dana", "Eng", 41, 130_000), new("eve", "HR", 30, 70_000), new("Ann", "hr", 30, 72_000),
        };
        var sorted = new List<Employee>(staff);
        sorted.Sort(new ByDeptThenAge());
        Console.WriteLine(string.Join(", ", sorted.Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.OrderBy(e => e.Age).Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.OrderBy(e => e.Name).Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.OrderByDescending(e => e.Age).ThenBy(e => e.Salary).Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.OrderBy(e => e.Dept.ToLower()).ThenByDescending(e => e.Name, StringComparer.OrdinalIgnoreCase).Select(e => e.Name)));
        Console.WriteLine(string.Join(", ", staff.GroupBy(e => e.Dept, StringComparer.OrdinalIgnoreCase).Select(g => g.Key + "=" + g.Count())));
        Console.WriteLine(string.Join(", ", staff.Select(e => e.Dept).Distinct(new CaseInsensitiveEq())));
        Console.WriteLine(string.Join(", ", staff.Select(e => e.Dept).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(x => x)));
        Console.WriteLine(string.Join(", ", staff.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase).Keys.Where(k => k.StartsWith("A", StringComparison.OrdinalIgnoreCase))));
        Console.WriteLine(staff.Max(e => e.Salary) + " " + staff.Min(e => e.Name) + " " + staff.Sum(e => e.Salary) + " " + staff.Average(e => e.Age).ToString("F3"));
        Console.WriteLine(string.Join(", ", staff.Order(Comparer<Employee>.Create((a, b) => a.Salary.CompareTo(b.Salary))).Select(e => e.Name)));

        var words = new[] { "banana", "Apple", "cherry", "apple", "Banana", "äpfel", "Zebra", "zebra", "10", "9", "_x", "-y", "éclair", "Eclair" };
        var a1 = (string[])words.Clone(); Array.Sort(a1); Console.WriteLine(string.Join(" ", a1));
        var a2 = (string[])words.Clone(); Array.Sort(a2, StringComparer.Ordinal); Console.WriteLine(string.Join(" ", a2));
        var a3 = (string[])words.Clone(); Array.Sort(a3, StringComparer.OrdinalIgnoreCase); Console.WriteLine(string.Join(" ", a3));
        var a4 = (string[])words.Clone(); Array.Sort(a4, (x, y) => y.Length.CompareTo(x.Length)); Console.WriteLine(string.Join(" ", a4));
        var a5 = (string[])words.Clone(); Array.Sort(a5, StringComparer.InvariantCultureIgnoreCase); Console.WriteLine(string.Join(" ", a5));
        Console.WriteLine(string.Compare("a", "B") + " " + string.Compare("a", "B", StringComparison.Ordinal) + " " + string.Compare("apple", "Apple") + " " + string.Compare("apple", "Apple", true) + " " + "b".CompareTo("B") + " " + string.CompareOrdinal("b", "B"));
        var keys = new[] { 3, 1, 2 };
        var items = new[] { "three", "one", "two" };
        Array.Sort(keys, items);
        Console.WriteLine(string.Join(",", keys) + " " + string.Join(",", items));
        var nums = new[] { 5, 3, 9, 1, 7, 2, 8 };
        Array.Sort(nums, 2, 3);
        Console.WriteLine(string.Join(",", nums) + " " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 5) + " " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 4));
        Array.Reverse(nums, 1, 4);
        Console.WriteLine(string.Join(",", nums) + " " + Array.IndexOf(nums, 9) + " " + Array.LastIndexOf(nums, 100) + " " + Array.Find(nums, n => n > 6) + " " + Array.FindIndex(nums, n => n % 2 == 0) + " " + Array.Exists(nums, n => n == 2) + " " + string.Join(",", Array.FindAll(nums, n => n < 4)));
        var versions = new List<Version> { new("1.10"), new("1.2"), new("0.9"), new("2"), new("1.2") };
        versions.Sort();
        Console.WriteLine(string.Join(" ", versions) + " max=" + versions.Max() + " " + versions.OrderByDescending(v => v).First());
        var objects = new object[] { new Version("3.1"), new Version("0.1") };
        Array.Sort(objects);
        Console.WriteLine(string.Join(" ", objects));
        var nullable = new List<int?> { 3, null, 1, null, 2 };
        nullable.Sort();
        Console.WriteLine(string.Join(",", nullable.Select(x => x?.ToString() ?? "null")) + " " + nullable.Max() + " " + nullable.Min() + " " + nullable.Sum() + " " + nullable.Average() + " " + nullable.Count(x => x.HasValue));
        var doubles = new List<double> { 2.5, double.NaN, -0.0, 0.0, double.NegativeInfinity, 1e-300, -1 };
        doubles.Sort();
        Console.WriteLine(string.Join(",", doubles) + " " + doubles.Max() + " " + doubles.Min());
        var chars = "hello World".ToCharArray();
        Array.Sort(chars);
        Console.WriteLine(new string(chars) + "|" + string.Join(",", "bca".OrderBy(c => c)) + "|" + string.Concat("Mississippi".Distinct()) + "|" + string.Concat("dcba".OrderByDescending(c => c)));
        var tuples = new List<(string, int)> { ("b", 2), ("a", 2), ("b", 1), ("a", 1) };
        tuples.Sort();
        Console.WriteLine(string.Join(" ", tuples) + " " + tuples.Max() + " " + (("a", 1).CompareTo(("a", 2))));
        var stable = Enumerable.Range(0, 40).Select(i => (Key: i % 3, Id: i)).OrderBy(x => x.Key).Select(x => x.Id);
        Console.WriteLine(string.Join(",", stable));
        var desc = Enumerable.Range(0, 20).Select(i => (Key: i % 4, Id: i)).OrderByDescending(x => x.Key).ThenByDescending(x => x.Id % 2).Select(x => x.Id);
        Console.WriteLine(string.Join(",", desc));
    }
}

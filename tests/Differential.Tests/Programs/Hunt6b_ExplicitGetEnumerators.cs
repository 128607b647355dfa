using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

// Both GetEnumerator methods implemented explicitly (no public one): foreach, LINQ and string.Join must still
// find the IEnumerable<T> one.
interface IStack<T> : IEnumerable<T>
{
    void Push(T item);
    T Pop();
    int Count { get; }
    bool IsEmpty => Count == 0;
    T PopOr(T fallback) => IsEmpty ? fallback : Pop();
    void PushAll(IEnumerable<T> items) { foreach (var i in items) Push(i); }
}

class ArrayStack<T> : IStack<T>
{
    private readonly List<T> items = new List<T>();
    public void Push(T item) => items.Add(item);
    public T Pop() { var v = items[items.Count - 1]; items.RemoveAt(items.Count - 1); return v; }
    public int Count => items.Count;
    IEnumerator<T> IEnumerable<T>.GetEnumerator() { for (int i = items.Count - 1; i >= 0; i--) yield return items[i]; }
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();
}

class Countdown : IEnumerable<int>
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }
    IEnumerator IEnumerable.GetEnumerator() { yield return -1; }
    IEnumerator<int> IEnumerable<int>.GetEnumerator() { for (int i = from; i > 0; i--) yield return i; }
}

static class Program
{
    static void Main()
    {
        IStack<int> st = new ArrayStack<int>();
        Console.WriteLine(st.IsEmpty + " " + st.PopOr(-1));
        st.PushAll(new[] { 1, 2, 3 });
        Console.WriteLine(string.Join(",", st) + " " + st.Count + " " + st.PopOr(-1) + " " + st.IsEmpty);
        Console.WriteLine(st.Sum() + " " + st.First());
        foreach (var v in st) Console.Write(v + ";");
        Console.WriteLine();
        var cd = new Countdown(4);
        foreach (var v in cd) Console.Write(v + " ");
        Console.WriteLine(string.Join("|", cd.Select(x => x * 10)) + " " + cd.Count());
        var e = ((IEnumerable<int>)cd).GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine();
        var list = new List<int>(cd);
        Console.WriteLine(list.Count + " " + cd.ToArray().Length + " " + cd.Max());
    }
}

// A hand-written enumerator implementing IEnumerator<T>.Current and IEnumerator.Current both explicitly (they were
// one JS member: CS2JS0015); casts to a type parameter still check.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Range3 : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator() => new E();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    class E : IEnumerator<int>
    {
        int i = 0;
        int IEnumerator<int>.Current => i * 10;
        object IEnumerator.Current => i;
        public bool MoveNext() => ++i <= 3;
        public void Reset() { i = 0; }
        public void Dispose() { Console.Write("(disposed)"); }
    }
}
static class Program
{
    static T Cast<T>(object o) => (T)o;
    static void Main()
    {
        foreach (var v in new Range3()) Console.Write(v + " ");
        Console.WriteLine();
        Console.WriteLine(new Range3().Sum());
        try { Console.WriteLine(Cast<string>(5)); } catch (InvalidCastException) { Console.WriteLine("ICE"); }
        try { Console.WriteLine(Cast<int>("5")); } catch (InvalidCastException) { Console.WriteLine("ICE2"); }
        Console.WriteLine(Cast<string>("ok") + Cast<int>(4));
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

// The runtime's exception classes answer GetType().Name/FullName and their default messages from the
// JS class name (namespaces other than System declared); compiled subclasses, nested and generic ones
// included, answer their own. Catch clauses and `is` tests on library exception types are instanceof tests.
class AppError : Exception
{
    public AppError(string message) : base(message) { }
}

class BadInput : FormatException
{
    public BadInput() : base(null) { }
}

class Outer
{
    public class NestedError : InvalidOperationException
    {
        public NestedError(string message, Exception inner) : base(message, inner) { }
    }
}

class Holder<T>
{
    public class GenericError : ArgumentException
    {
        public GenericError(string message) : base(message, "value") { }
    }
}

class Program
{
    static void Describe(Exception e) =>
        Console.WriteLine($"{e.GetType().Name} | {e.GetType().FullName} | {e.Message}");

    static IEnumerable<Exception> Samples()
    {
        yield return new Exception();
        yield return new SystemException();
        yield return new FormatException();
        yield return new KeyNotFoundException();
        yield return new TaskCanceledException();
        yield return new OperationCanceledException();
        yield return new TimeoutException();
        yield return new IndexOutOfRangeException();
        yield return new NullReferenceException();
        yield return new DivideByZeroException();
        yield return new OverflowException();
        yield return new ArithmeticException();
        yield return new InvalidCastException();
        yield return new NotSupportedException();
        yield return new NotImplementedException();
        yield return new UriFormatException();
        yield return new ArgumentNullException("arg");
        yield return new ArgumentOutOfRangeException("arg", 5, "too big");
        yield return new ObjectDisposedException("thing");
        yield return new AggregateException(new TimeoutException(), new FormatException("x"));
        yield return new AppError("app failed");
        yield return new BadInput();
        yield return new Outer.NestedError("nested", new KeyNotFoundException());
    }

    static string Classify(object o) => o switch
    {
        ArgumentNullException => "argument null",
        ArgumentException a => "argument " + a.ParamName,
        FormatException f when f is BadInput => "bad input",
        FormatException => "format",
        SystemException => "system",
        Exception => "exception",
        _ => "not an exception",
    };

    static void Main()
    {
        foreach (var e in Samples()) Describe(e);
        foreach (var e in Samples()) Console.WriteLine(e.GetType().Name + " -> " + Classify(e));
        Console.WriteLine(Classify("text"));
        // (FullName of a generic type's nested type lists type arguments in .NET; erased generics cannot.)
        var generic = new Holder<int>.GenericError("generic");
        Console.WriteLine(generic.GetType().Name + " | " + generic.Message + " | " + Classify(generic));
        Console.WriteLine(new Outer.NestedError("outer", new AppError("inner")).ToString());

        foreach (var text in new[] { "12", "x", "99999999999" })
        {
            try
            {
                Console.WriteLine(int.Parse(text, CultureInfo.InvariantCulture));
            }
            catch (OverflowException e) when (e.Message.Length > 0)
            {
                Console.WriteLine("overflow: " + e.GetType().FullName);
            }
            catch (FormatException e)
            {
                Console.WriteLine("format: " + e.Message);
            }
        }

        try
        {
            object boxed = "not a number";
            Console.WriteLine((int)boxed);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("cast: " + e.GetType().Name);
        }

        try
        {
            throw new BadInput();
        }
        catch (ArgumentException)
        {
            Console.WriteLine("wrong clause");
        }
        catch (FormatException e)
        {
            Console.WriteLine("caught " + e.GetType().Name + " as FormatException: " + e.Message);
        }

        var error = new Exception("plain") as object;
        Console.WriteLine(error is SystemException ? "system" : "not system");
        Console.WriteLine((error as Exception)?.Message ?? "none");
    }
}

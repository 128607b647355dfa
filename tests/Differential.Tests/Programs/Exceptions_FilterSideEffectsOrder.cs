using System;
using System.Collections.Generic;

class Program
{
    static readonly List<string> log = new();

    static bool Note(string what, bool result)
    {
        log.Add(what);
        return result;
    }

    static void Thrower(int code)
    {
        log.Add("throw " + code);
        throw new InvalidOperationException(code.ToString());
    }

    static void Main()
    {
        foreach (var code in new[] { 1, 2, 3 })
        {
            try
            {
                Thrower(code);
            }
            catch (InvalidOperationException e) when (Note("filter A sees " + e.Message, e.Message == "1"))
            {
                log.Add("handler A");
            }
            catch (InvalidOperationException e) when (Note("filter B sees " + e.Message, e.Message == "2"))
            {
                log.Add("handler B");
            }
            catch (Exception e)
            {
                log.Add("fallback " + e.Message);
            }
            Console.WriteLine(string.Join(" > ", log));
            log.Clear();
        }
        try
        {
            try
            {
                Thrower(4);
            }
            catch (InvalidOperationException) when (Note("inner filter", false))
            {
                log.Add("inner handler");
            }
        }
        catch (InvalidOperationException e) when (Note("outer filter", true))
        {
            log.Add("outer handler " + e.Message);
        }
        Console.WriteLine(string.Join(" > ", log));
        log.Clear();
        try
        {
            try
            {
                Thrower(5);
            }
            catch (FormatException)
            {
                log.Add("wrong type");
            }
        }
        catch (Exception e) when (e is InvalidOperationException { Message: "5" })
        {
            log.Add("property pattern filter matched");
        }
        Console.WriteLine(string.Join(" > ", log));
    }
}

using System;
using System.Collections.Generic;

class HttpError : Exception
{
    public int Status { get; }
    public HttpError(int status, string message) : base(message) => Status = status;
}

class Program
{
    static readonly List<string> log = new();

    static bool Log(string what)
    {
        log.Add(what);
        return false;
    }

    static string Fetch(int status)
    {
        try
        {
            if (status >= 400) throw new HttpError(status, "status " + status);
            return "ok " + status;
        }
        catch (HttpError e) when (Log("filter saw " + e.Status))
        {
            return "never";
        }
        catch (HttpError e) when (e.Status == 429)
        {
            return "retry later";
        }
        catch (HttpError e) when (e.Status >= 500)
        {
            return "server error " + e.Status;
        }
        catch (HttpError e) when (e.Status == 404 && e.Message.Contains("404"))
        {
            return "not found";
        }
    }

    static void Main()
    {
        foreach (var s in new[] { 200, 429, 503, 404 })
            Console.WriteLine(Fetch(s));
        try
        {
            Console.WriteLine(Fetch(401));
        }
        catch (HttpError e)
        {
            Console.WriteLine("escaped filters: " + e.Message + " " + e.Status);
        }
        Console.WriteLine(string.Join("; ", log));

        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                if (attempts < 4) throw new TimeoutException("attempt " + attempts);
                Console.WriteLine("succeeded after " + attempts);
                break;
            }
            catch (TimeoutException e) when (attempts < 10)
            {
                Console.WriteLine("retrying: " + e.Message);
            }
        }

        var order = new List<string>();
        try
        {
            try
            {
                order.Add("throw");
                throw new InvalidOperationException("x");
            }
            finally
            {
                order.Add("inner finally");
            }
        }
        catch (Exception e) when (order.Count > 0 && e.Message == "x")
        {
            order.Add("caught");
        }
        Console.WriteLine(string.Join(" > ", order));

        string? Describe(Exception e) => e switch
        {
            HttpError { Status: >= 500 } h => "5xx " + h.Status,
            HttpError h => "http " + h.Status,
            ArgumentException a when a.ParamName != null => "arg " + a.ParamName,
            _ => null,
        };
        Console.WriteLine(Describe(new HttpError(502, "")) + ", " + Describe(new HttpError(400, "")) + ", " + Describe(new ArgumentException("m", "p")) + ", " + (Describe(new Exception()) ?? "null"));
    }
}

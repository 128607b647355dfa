using System;
using System.Collections.Generic;

class ConfigException : Exception
{
    public ConfigException(string message, Exception inner) : base(message, inner) { }
}

class Program
{
    static Dictionary<string, string> Load()
    {
        var settings = new Dictionary<string, string> { ["UPSTREAM"] = "https://registry-1.docker.io" };
        Console.WriteLine("loaded " + settings.Count + " setting(s)");
        return settings;
    }

    static void Main()
    {
        var settings = Load();
        try
        {
            try
            {
                Console.WriteLine("reading FALLBACK");
                Console.WriteLine(settings["FALLBACK"]);
            }
            catch (KeyNotFoundException e)
            {
                Console.WriteLine("logging and rethrowing: " + e.Message);
                throw;
            }
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("wrapping: " + e.GetType().Name);
            throw new ConfigException("FALLBACK is not configured", e);
        }
    }
}

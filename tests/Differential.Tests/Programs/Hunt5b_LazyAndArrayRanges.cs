using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Settings
{
    public static int Loads;
    private readonly Lazy<Dictionary<string, string>> values;
    public Settings(string text)
    {
        values = new Lazy<Dictionary<string, string>>(() =>
        {
            Loads++;
            Console.WriteLine("parsing settings");
            return text.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('='))
                .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim());
        });
    }
    public bool Loaded => values.IsValueCreated;
    public string this[string key] => values.Value.TryGetValue(key, out var v) ? v : "(unset)";
}

public static class Program
{
    public static void Main()
    {
        var s = new Settings("a=1; b = two ;c=3");
        Console.WriteLine("created " + s.Loaded + " " + Settings.Loads);
        Console.WriteLine(s["b"] + " " + s["a"] + " " + s["zz"] + " " + s.Loaded + " " + Settings.Loads);

        var number = new Lazy<int>(() => 6 * 7);
        Console.WriteLine(number + " | " + number.IsValueCreated);
        Console.WriteLine(number.Value + " | " + number + " | " + number.IsValueCreated);

        int attempts = 0;
        var failing = new Lazy<string>(() => { attempts++; throw new InvalidOperationException("factory failed " + attempts); });
        Exception? firstError = null;
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine(failing.Value); }
            catch (InvalidOperationException e) { Console.WriteLine(e.Message + " same=" + ReferenceEquals(e, firstError ??= e)); }
        }
        Console.WriteLine(attempts + " " + failing.IsValueCreated + " " + failing);

        Lazy<int>? self = null;
        self = new Lazy<int>(() => self!.Value + 1);
        try { Console.WriteLine(self.Value); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { _ = new Lazy<int>(null!); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }

        int[] data = { 10, 20, 30, 40, 50, 60 };
        int[] middle = data[1..^1];
        middle[0] = -1;
        Console.WriteLine(string.Join(",", middle) + " | " + data[1] + " | " + string.Join(",", data[..2]) + " | " + string.Join(",", data[^2..]) + " | " + data[3..3].Length + " | " + string.Join(",", data[..]));
        int from = 2, to = 5;
        var window = data[from..to];
        Console.WriteLine(string.Join(",", window) + " " + window.Sum());
        try { _ = data[4..2]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("range " + e.GetType().Name); }
        try { _ = data[..10]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("range " + e.GetType().Name); }
        string[] words = "the quick brown fox jumps".Split(' ');
        Console.WriteLine(string.Join(" ", words[1..^1].Select(w => w.ToUpper())) + " " + words[^1][1..^1]);
        var chars = "hello".ToCharArray()[1..4];
        Console.WriteLine(new string(chars) + " " + chars.Length);
    }
}

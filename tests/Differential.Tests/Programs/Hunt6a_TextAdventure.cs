using System;
using System.Collections.Generic;
using System.Linq;

public static class Game
{
    public enum Room { Hall, Library, Vault, Garden, Exit }
    public enum Verb { Go, Take, Use, Look, Quit }
    public enum Dir { North, South, East, West }
    [Flags] public enum Inv { None = 0, Key = 1, Lamp = 2, Book = 4, Coin = 8 }

    public sealed class State
    {
        public Room At = Room.Hall;
        public Inv Items;
        public int Moves;
        public bool VaultOpen;
        public readonly List<string> Journal = new();
        public override string ToString() => $"{At} moves={Moves} items={Items} vault={(VaultOpen ? "open" : "shut")}";
    }

    private static int score;
    private static readonly Dictionary<(Room, Dir), Room> exits = new()
    {
        [(Room.Hall, Dir.North)] = Room.Library, [(Room.Library, Dir.South)] = Room.Hall,
        [(Room.Hall, Dir.East)] = Room.Garden, [(Room.Garden, Dir.West)] = Room.Hall,
        [(Room.Library, Dir.East)] = Room.Vault, [(Room.Vault, Dir.West)] = Room.Library,
        [(Room.Garden, Dir.North)] = Room.Exit,
    };
    private static readonly Dictionary<Room, Inv> loot = new() { [Room.Library] = Inv.Book | Inv.Lamp, [Room.Garden] = Inv.Key, [Room.Vault] = Inv.Coin };

    public static string Describe(Room r, Inv items) => (r, items.HasFlag(Inv.Lamp)) switch
    {
        (Room.Hall, _) => "a draughty hall",
        (Room.Library, true) => "shelves of books, lit by your lamp",
        (Room.Library, false) => "a dark room that smells of paper",
        (Room.Vault, var lit) when lit && (items & Inv.Key) != 0 => "a vault; your key glints",
        (Room.Vault, _) => "a vault",
        (Room.Garden or Room.Exit, _) => r == Room.Exit ? "freedom" : "an overgrown garden",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static string Step(State s, Verb v, string arg)
    {
        s.Moves++;
        switch (v, s.At)
        {
            case (Verb.Quit, _): return "bye";
            case (Verb.Look, var room): return $"You see {Describe(room, s.Items)}.";
            case (Verb.Go, Room.Library) when arg == "east" && !s.VaultOpen: return "The vault door is locked.";
            case (Verb.Go, var room):
                if (!Enum.TryParse<Dir>(arg, true, out var d)) return $"'{arg}' is not a direction.";
                if (!exits.TryGetValue((room, d), out var to)) return $"No way {d.ToString().ToLowerInvariant()} from {room}.";
                s.At = to; score += to == Room.Exit ? 100 : 1;
                return $"You walk {d} to the {to}.";
            case (Verb.Take, var room) when loot.TryGetValue(room, out var here) && here != Inv.None:
                var got = here & ~s.Items;
                s.Items |= here; loot[room] = Inv.None; score += 10 * CountBits((int)got);
                return $"Taken: {got}.";
            case (Verb.Take, _): return "Nothing here.";
            case (Verb.Use, Room.Library) when arg == "key" && (s.Items & Inv.Key) == Inv.Key:
                s.VaultOpen = true; s.Items &= ~Inv.Key; return "Click. The vault opens.";
            case (Verb.Use, _): return $"You can't use {arg ?? "nothing"} here.";
            default: return "Huh?";
        }
    }
    static int CountBits(int x) { int n = 0; while (x != 0) { n += x & 1; x >>= 1; } return n; }
    public static int Score => score;
}

public static class Program
{
    static (Game.Verb, string) ParseCommand(string line)
    {
        var parts = line.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var verb = parts.Length == 0 ? "look" : parts[0];
        return (Enum.TryParse(verb, ignoreCase: true, out Game.Verb v) ? v : Game.Verb.Look, parts.Length > 1 ? parts[1] : null);
    }
    public static void Main()
    {
        var s = new Game.State();
        string[] script = { "look", "go north", "look", "take", "go east", "go south", "go east", "take", "take",
            "go up", "go sideways", "go west", "go north", "use key", "go east", "look", "use key", "take", "go west", "go south", "go east", "go north", "quit" };
        foreach (var line in script)
        {
            var (verb, arg) = ParseCommand(line);
            var reply = Game.Step(s, verb, arg);
            s.Journal.Add($"{s.Moves:D2} {verb,-4} {arg ?? "-",-9} | {reply}");
            if (verb == Game.Verb.Quit) break;
        }
        s.Journal.ForEach(Console.WriteLine);
        Console.WriteLine(s);
        Console.WriteLine($"score {Game.Score}");
        var verbs = s.Journal.Select(j => j.Substring(3, 4).Trim()).GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        Console.WriteLine(string.Join(", ", verbs.Select(g => $"{g.Key}x{g.Count()}")));
        foreach (Game.Room r in Enum.GetValues(typeof(Game.Room))) Console.WriteLine($"{(int)r} {r,-8} {Game.Describe(r, Game.Inv.Lamp)}");
        Console.WriteLine($"{Game.Inv.Key | Game.Inv.Coin} {(Game.Inv)15} {(Game.Inv)16} {~Game.Inv.None & Game.Inv.Book} {typeof(Game.State).Name} {typeof(Game.Room).FullName}");
        try { Game.Describe((Game.Room)9, Game.Inv.None); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
    }
}

using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, Delete = 8, ReadWrite = Read | Write, All = Read | Write | Execute | Delete }

[Flags]
enum Scope { Pull = 1, Push = 2, Catalog = 16 }

enum NotFlags { A = 1, B = 2 }

class Program
{
    static void Main()
    {
        Perm p = Perm.Read | Perm.Execute;
        Console.WriteLine(p);
        Console.WriteLine((int)p);
        Console.WriteLine(p.HasFlag(Perm.Read));
        Console.WriteLine(p.HasFlag(Perm.Write));
        Console.WriteLine(p.HasFlag(Perm.None));
        Console.WriteLine(p.HasFlag(Perm.Read | Perm.Execute));
        Console.WriteLine((p & Perm.Execute) != 0);
        p |= Perm.Write;
        Console.WriteLine(p);
        p &= ~Perm.Read;
        Console.WriteLine(p);
        p ^= Perm.Delete;
        Console.WriteLine(p);
        Console.WriteLine(Perm.None);
        Console.WriteLine(Perm.ReadWrite);
        Console.WriteLine(Perm.Read | Perm.Write);
        Console.WriteLine(Perm.All);
        Console.WriteLine(Perm.All & ~Perm.Delete);
        Console.WriteLine((Perm)16);
        Console.WriteLine((Perm)17);
        Console.WriteLine(Scope.Pull | Scope.Push);
        Console.WriteLine(Scope.Pull | Scope.Catalog);
        Console.WriteLine((Scope)4);
        Console.WriteLine(NotFlags.A | NotFlags.B);
        Console.WriteLine(Enum.Parse<Perm>("Read, Write"));
        Console.WriteLine(Enum.Parse<Perm>("Execute,Delete"));
        Console.WriteLine(Enum.TryParse<Scope>("Pull, Push", out var sc) + " " + (int)sc);
        Console.WriteLine($"{Perm.Read | Perm.Delete}");
        for (int i = 0; i <= 16; i++)
            Console.Write((Perm)i + "; ");
        Console.WriteLine();
    }
}

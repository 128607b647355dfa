using System;

// A sample project for the MSBuild-targets test: `dotnet build` must also write its JavaScript.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Greeting.For("msbuild"));
    }
}

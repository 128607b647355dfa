using System;
using System.Collections.Generic;

class Image { public string? Tag; }

class Program
{
    static void Main()
    {
        var images = new List<Image> { new Image { Tag = "latest" }, new Image() };
        foreach (var image in images)
        {
            Console.WriteLine("tag length: " + image.Tag!.Length);
        }
    }
}

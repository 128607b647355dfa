using System.Collections.Generic;

namespace EdgeMirror.Worker.Core.Access;

/// <summary>How list-valued access vars are written: items separated by commas or line breaks, blanks ignored.</summary>
public static class AccessLists
{
    public static List<string> Split(string text)
    {
        var items = new List<string>();
        foreach (var line in text.Replace("\r", "\n").Replace(",", "\n").Split('\n'))
        {
            var item = line.Trim();
            if (item.Length > 0) items.Add(item);
        }
        return items;
    }
}

namespace EdgeMirror.Worker.Core.Routing;

/// <summary>The distribution spec's grammar for repository names, tags and digests, written out
/// by hand (no regular expressions) so it behaves identically on .NET and in JavaScript.</summary>
public static class RepositoryName
{
    public const int MaxNameLength = 255;
    public const int MaxTagLength = 128;

    /// <summary><c>[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*</c></summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || name.Length > MaxNameLength) return false;
        // Component by component in place (no split: every registry request checks its name).
        var start = 0;
        while (true)
        {
            var slash = name.IndexOf('/', start);
            var end = slash < 0 ? name.Length : slash;
            if (!IsValidComponent(name, start, end)) return false;
            if (slash < 0) return true;
            start = slash + 1;
        }
    }

    /// <summary>Whether <c>name[start..end)</c> is one path component.</summary>
    private static bool IsValidComponent(string name, int start, int end)
    {
        if (start == end || !IsLowerAlnum(name[start]) || !IsLowerAlnum(name[end - 1]))
            return false;
        var i = start;
        while (i < end)
        {
            if (IsLowerAlnum(name[i])) { i++; continue; }
            // A separator run: ".", "_", "__" or one or more "-", always followed by an alphanumeric.
            var c = name[i];
            var runStart = i;
            while (i < end && name[i] == c) i++;
            var run = i - runStart;
            if (c == '.' && run != 1) return false;
            if (c == '_' && run > 2) return false;
            if (c != '.' && c != '_' && c != '-') return false;
            if (i >= end || !IsLowerAlnum(name[i])) return false;
        }
        return true;
    }

    /// <summary><c>[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}</c></summary>
    public static bool IsValidTag(string tag)
    {
        if (tag.Length == 0 || tag.Length > MaxTagLength) return false;
        for (var i = 0; i < tag.Length; i++)
        {
            var c = tag[i];
            var ok = IsLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && (c == '.' || c == '-'));
            if (!ok) return false;
        }
        return true;
    }

    /// <summary><c>algorithm:encoded</c> with algorithm <c>[a-z0-9]+([+._-][a-z0-9]+)*</c> and encoded
    /// <c>[a-zA-Z0-9=_-]+</c>; sha256 and sha512 must also have the right number of lowercase hex digits.</summary>
    public static bool IsValidDigest(string digest)
    {
        var colon = digest.IndexOf(':');
        if (colon <= 0 || colon == digest.Length - 1) return false;
        var algorithm = digest.Substring(0, colon);
        var encoded = digest.Substring(colon + 1);
        for (var i = 0; i < algorithm.Length; i++)
        {
            var c = algorithm[i];
            if (IsLowerAlnum(c)) continue;
            var separator = c == '+' || c == '.' || c == '_' || c == '-';
            if (!separator || i == 0 || i == algorithm.Length - 1 || !IsLowerAlnum(algorithm[i + 1])) return false;
        }
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            var ok = IsLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c == '=' || c == '_' || c == '-';
            if (!ok) return false;
        }
        if (algorithm == "sha256") return IsLowerHex(encoded, 64);
        if (algorithm == "sha512") return IsLowerHex(encoded, 128);
        return true;
    }

    /// <summary>Docker Hub's official images: <c>nginx</c> is <c>library/nginx</c>.</summary>
    public static string WithLibraryPrefix(string name) => name.IndexOf('/') < 0 ? "library/" + name : name;

    private static bool IsLowerHex(string text, int length)
    {
        if (text.Length != length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
        }
        return true;
    }

    private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

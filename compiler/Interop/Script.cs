using System;

namespace H5;

/// <summary>Escape hatch to raw JavaScript. The compiler replaces calls with the given text;
/// <c>{0}</c>, <c>{1}</c>… are the arguments. The text must be a constant.</summary>
[External]
public static class Script
{
    public static T Write<T>(string js, params object?[] args) => throw new InvalidOperationException("JavaScript only");
    public static void Write(string js, params object?[] args) => throw new InvalidOperationException("JavaScript only");
}

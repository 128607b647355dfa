namespace EdgeMirror.Worker.Core.Access;

/// <summary>Comparison whose time does not depend on where two secrets first differ (only on their length,
/// which for signatures and hashes is fixed).</summary>
public static class ConstantTime
{
    public static bool Equal(string a, string b)
    {
        if (a.Length != b.Length) return false;
        var difference = 0;
        for (var i = 0; i < a.Length; i++) difference |= a[i] ^ b[i];
        return difference == 0;
    }
}

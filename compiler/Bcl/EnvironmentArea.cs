namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Environment basics (Runtime/console.mjs) and CultureInfo as a format provider:
/// formatting is always invariant here, so a provider argument carries nothing and is <c>null</c>.</summary>
public sealed class EnvironmentArea : IBclArea
{
    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members =>
    [
        new("M:System.Environment.get_NewLine", "\"\\n\""),
        new("M:System.Environment.Exit(System.Int32)", "@exit({exitCode})"),
        new("M:System.Environment.get_ExitCode", "@getExitCode()"),
        new("M:System.Environment.set_ExitCode(System.Int32)", "@setExitCode({value})"),
        new("M:System.Environment.get_TickCount", "(Date.now() | 0)"),
        new("M:System.Environment.get_TickCount64", "BigInt(Date.now())"),
        new("M:System.Globalization.CultureInfo.get_InvariantCulture", "null"),
        new("M:System.Globalization.CultureInfo.get_CurrentCulture", "null"),
    ];
}

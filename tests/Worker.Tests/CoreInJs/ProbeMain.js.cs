namespace EdgeMirror.Worker.Tests.CoreInJs;

// The entry point of the JavaScript build of CoreProbe (only compiled by cs2js, never into the test assembly).
public static class ProbeMain
{
    public static void Main() => CoreProbe.Run();
}

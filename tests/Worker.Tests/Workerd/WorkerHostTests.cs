using EdgeMirror.TestSupport;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>The shared harness others build on: WorkerHost finds workerd under wrangler dev and reads its memory.</summary>
[Collection(MirrorCollection.Name)]
public sealed class WorkerHostTests(MirrorFixture mirror)
{
    [Fact]
    public void The_workerd_process_behind_wrangler_dev_is_found_and_its_memory_read()
    {
        var pid = mirror.Worker.WorkerdProcessId();
        Assert.NotNull(pid);
        Assert.Contains("workerd", ProcessTree.CommandLine(pid!.Value));
        Assert.InRange(ProcessTree.ResidentBytes(pid.Value) ?? 0, 1L << 20, 4L << 30);
    }

    [Fact]
    public void The_worker_listens_on_loopback_only()
    {
        Assert.Equal("127.0.0.1", mirror.Worker.BaseAddress.Host);
        Assert.True(mirror.Worker.BaseAddress.Port > 0);
    }
}

using System.Runtime.InteropServices;

namespace EdgeMirror.Deployer.CommandLine;

/// <summary>Turns Ctrl+C, SIGINT and SIGTERM into one cancellation token, so every running
/// child (wrangler, workerd) is stopped by the code that started it instead of being orphaned.</summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Interruption()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _source.Token;

    public bool Requested => _source.IsCancellationRequested;

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the commands unwind, stop their children and exit with 130.
        context.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}

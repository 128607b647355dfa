namespace EdgeMirror.Deployer.Tests.Fakes;

/// <summary>One request a fake API received, kept for assertions.</summary>
public sealed record RecordedCall(string Method, string Path, string Query, string? ContentType, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public override string ToString() => $"{Method} {Path}{Query}";
}

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>One <c>name="value"</c> pair of a challenge; Name lowercased.</summary>
public sealed record AuthParam(string Name, string Value);

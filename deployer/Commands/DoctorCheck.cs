namespace EdgeMirror.Deployer.Commands;

/// <summary>One line of `doctor`: what was checked, what was found and, for a problem, its fix.</summary>
public sealed record DoctorCheck(string Name, bool Ok, string Detail, string? Fix = null);

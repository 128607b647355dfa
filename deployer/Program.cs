using EdgeMirror.Deployer.CommandLine;

using var interruption = new Interruption();
return await DeployerApp.RunAsync(args, interruption.Token);

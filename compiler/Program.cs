using EdgeMirror.Compiler.Pipeline;

// cs2js <project.csproj | file.cs ...> -o <out.mjs> — see Pipeline/CommandLine.cs.
return CommandLine.Run(args, Console.Out, Console.Error);

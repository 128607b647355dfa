// Placeholder entry point; the CLI (Program.cs) is written with the pipeline.
return 1;

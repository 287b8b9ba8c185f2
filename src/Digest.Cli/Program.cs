using Digest.Cli;

return await DigestCommand.InvokeAsync(args, CliEnvironment.FromConsole());

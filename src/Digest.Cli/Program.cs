using Digest.Cli;

return await DigestCommand.Create().Parse(args).InvokeAsync();

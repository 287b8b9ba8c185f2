namespace Digest.Core;

public enum Severity { Warning, Error }

/// <summary>A problem found in the site's input, located like a compiler error so editors can jump to it.</summary>
public sealed record Diagnostic(Severity Severity, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(string path, int line, int column, string message) =>
        new(Severity.Error, path, line, column, message);

    public static Diagnostic Warning(string path, int line, int column, string message) =>
        new(Severity.Warning, path, line, column, message);

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}

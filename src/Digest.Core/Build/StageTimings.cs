using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

namespace Digest.Core.Build;

/// <summary>One stage of a build: how long it took on the clock and on all cores, and what it handled.</summary>
/// <param name="Cpu">Processor time of the whole process during the stage (all threads), so a parallel stage can exceed its wall time.</param>
/// <param name="Counts">What the stage handled, for example "1000 articles, 12034 sentences".</param>
public sealed record StageTiming(string Stage, TimeSpan Wall, TimeSpan Cpu, string Counts)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Stage,-7} {Wall.TotalSeconds,7:F3} s wall {Cpu.TotalSeconds,7:F3} s CPU  {Counts}");
}

/// <summary>
/// Times the stages of one build, read by <c>digest build --timings</c>. Timing is for people
/// reading it: nothing in a build depends on it, so output stays the same whatever the clock says.
/// </summary>
public sealed class StageClock
{
    private readonly List<StageTiming> _stages = [];

    public ImmutableArray<StageTiming> Stages
    {
        get { lock (_stages) return [.. _stages]; }
    }

    /// <summary>Runs <paramref name="stage"/> and records its time and the counts <paramref name="counts"/> reads off its result.</summary>
    public T Time<T>(string name, Func<T> stage, Func<T, string> counts)
    {
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var result = stage();
        var wall = clock.Elapsed;
        var timing = new StageTiming(name, wall, ProcessorTime() - cpu, counts(result));
        lock (_stages)
            _stages.Add(timing);
        return result;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// What the runtime spent besides the stages' own work, since the process started: methods compiled
    /// by the JIT and its time, collections and the time the program was paused for them, bytes allocated.
    /// Startup settings (ReadyToRun, tiered compilation, the collector's mode) are chosen by this line.
    /// </summary>
    public static string Runtime()
    {
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        return string.Create(CultureInfo.InvariantCulture,
            $"{"Runtime",-7} {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds,7:F3} s JIT ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods), "
            + $"{GC.GetTotalPauseDuration().TotalSeconds:F3} s paused by {GC.CollectionCount(0)} collections ({GC.CollectionCount(2)} full, peak heap {gc.HeapSizeBytes >> 20} MiB), "
            + $"{GC.GetTotalAllocatedBytes() >> 20} MiB allocated");
    }

    /// <summary>"1 story", "2 stories": counts in the timing lines read as English.</summary>
    public static string Count(long n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}

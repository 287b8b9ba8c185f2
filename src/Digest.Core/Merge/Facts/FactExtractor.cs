using System.Collections.Immutable;
using Digest.Core.Group;

namespace Digest.Core.Merge.Facts;

/// <summary>The facts of a story: who is who, what happened when, and where the outlets disagree.</summary>
public sealed record StoryFacts(ImmutableArray<Person> People, ImmutableArray<TimelineEvent> Timeline, ImmutableArray<Conflict> Conflicts)
{
    public static StoryFacts None { get; } = new([], [], []);
}

/// <summary>Extracts <see cref="StoryFacts"/> from a story's articles and its merged body.</summary>
public static class FactExtractor
{
    public static StoryFacts Extract(Story story, ImmutableArray<BodySentence> body) => StoryFacts.None;
}

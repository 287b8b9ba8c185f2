using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Core.Group;

/// <summary>The articles that tell one story, in a stable order (by path).</summary>
/// <param name="Override">The editor's overrides for this story, applied around the merge; null if none.</param>
public sealed record Story(string Slug, ImmutableArray<CleanArticle> Articles, StoryOverride? Override = null);

using System.Collections.Immutable;
using Digest.Core.Clean;

namespace Digest.Core.Group;

/// <summary>The articles that tell one story, in a stable order (by path).</summary>
public sealed record Story(string Slug, ImmutableArray<CleanArticle> Articles);

namespace Digest.Core.Merge.Facts;

/// <summary>One body sentence of one article, in reading order, as the fact rules see it.</summary>
/// <param name="Source">The article's source id.</param>
/// <param name="Index">Position in the story's sentence list (articles in story order, sentences in text order).</param>
/// <param name="Text">The outlet's sentence, verbatim.</param>
/// <param name="Paragraph">Position of its paragraph in the story (articles in story order).</param>
/// <param name="Narration">The same text with quoted speech blanked (<see cref="QuoteMask"/>).</param>
public sealed record StorySentence(string Source, int Index, int Paragraph, string Text, string Narration);

using Digest.Core.Clean;
using Digest.Core.Load;
using Digest.Tests.Text;

namespace Digest.Tests.Clean;

/// <summary>
/// A rule's cue (<see cref="BoilerplateRules.Rule.Cue"/>) only spares the search of lines the pattern cannot match: on
/// every line the rule tests hold, and on each of them with its first character, or any letter, changed (to other
/// ASCII, to letters beyond it that match ASCII ones in any case, to digits of other scripts), the rule finds exactly
/// what its pattern finds.
/// </summary>
public class RuleCueTests
{
    /// <summary>Characters beyond ASCII that case-insensitive matching may read as ASCII letters, and others.</summary>
    private const string Beyond = "\u212A\u017F\u0130\u0131\u212B\u00E9\u00C9\u201C\u2018\u2022\u2014\u00A9\u0663\uFF21\u00DF";

    private static IEnumerable<string> Lines()
    {
        var tables = BoilerplateCleanerTests.Boilerplate.Concat(PageFurnitureTests.Furniture).Select(row => row.Data.Item1);
        foreach (var paragraph in tables)
        {
            yield return paragraph;
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                yield return sentence;
                yield return sentence.TrimStart('(').TrimEnd(')', '.'); // as the cleaner reads a note set in brackets
            }
        }
    }

    [Fact]
    public void A_cue_never_hides_a_match()
    {
        var rules = BoilerplateRules.Sentence.Concat(BoilerplateRules.Paragraph).Where(r => r.Cue is not null).ToList();
        var matched = 0;
        foreach (var line in Lines().Distinct(StringComparer.Ordinal))
        {
            // Each letter in turn is also written as a character beyond ASCII that may match it in any case.
            foreach (var variant in CueVariants.Of(line, Beyond, Beyond[..5], char.IsAsciiLetter))
            {
                foreach (var rule in rules)
                {
                    var found = rule.Pattern.IsMatch(variant);
                    if (found)
                        matched++;
                    Assert.True(found == rule.Matches(variant), $"{rule.Reason}: the cue hides a match of \"{variant}\"");
                }
            }
        }
        Assert.True(matched > 1000, $"only {matched} lines matched: the check proved little");
    }
}

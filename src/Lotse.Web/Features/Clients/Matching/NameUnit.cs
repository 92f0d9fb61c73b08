namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// What is aligned when two names are compared: a single name token, or two adjacent tokens of the same
/// field read as one word, because compound names are written apart or together
/// (Gebre Medhin/Gebremedhin, Abdul Rahman/Abdulrahman, Hossein Zadeh/Hosseinzadeh).
/// </summary>
internal sealed record NameUnit(IReadOnlyList<NameToken> Tokens, IReadOnlyList<TokenSpelling> Spellings, string Display)
{
    public static NameUnit Single(NameToken token) => new([token], token.Spellings, token.Display);

    public static IEnumerable<NameUnit> Joins(IReadOnlyList<NameToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (first, second) = (tokens[i], tokens[i + 1]);
            if (first.Field != second.Field || second.Position != first.Position + 1) continue;
            var spelling = TokenSpelling.Joined(first.Spellings[0], second.Spellings[0]);
            var display = first.Display == second.Display ? first.Display : first.Display + " " + second.Display;
            yield return new NameUnit([first, second], [spelling], display);
        }
    }

    public static IReadOnlyList<NameUnit> AllOf(IReadOnlyList<NameToken> tokens) =>
        tokens.Select(Single).Concat(Joins(tokens)).ToList();

    /// <summary>The field the unit's tokens came from, or <see cref="NameRole.Other"/> if mixed.</summary>
    public NameRole Role => Tokens.All(t => t.Role == Tokens[0].Role) ? Tokens[0].Role : NameRole.Other;
}

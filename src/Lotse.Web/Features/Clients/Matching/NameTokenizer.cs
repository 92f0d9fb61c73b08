using System.Text;

namespace Lotse.Web.Features.Clients.Matching;

/// <summary>Which field of the client record a name token came from.</summary>
internal enum NameRole
{
    Given,
    Family,
    Other
}

/// <summary>One way of writing a token: normalised Latin form and its phonetic readings.</summary>
/// <param name="Unvocalised">Written in Arabic script, which leaves out short vowels but writes long ones.</param>
internal sealed record TokenSpelling(string Normalised, IReadOnlyList<PhoneticReading> Readings, bool Unvocalised)
{
    public static TokenSpelling Of(string normalised, bool unvocalised) =>
        new(normalised, PhoneticEncoder.Encode(normalised, unvocalised), unvocalised);

    /// <summary>Two parts written as one word; see <see cref="PhoneticReading.Join"/>.</summary>
    public static TokenSpelling Joined(TokenSpelling first, TokenSpelling second) =>
        new(first.Normalised + second.Normalised,
            first.Readings.SelectMany(a => second.Readings.Select(b => PhoneticReading.Join(a, b)))
                .Distinct().Take(PhoneticEncoder.MaxReadings).ToList(),
            first.Unvocalised || second.Unvocalised);

    /// <summary>Search keys of this spelling: consonant skeletons, or the word itself if it has no consonant ("Aya").</summary>
    public IEnumerable<string> Keys => Readings.Select(r => r.Skeleton.Length > 0 ? r.Skeleton : Normalised);
}

/// <summary>
/// A name part as it takes part in matching. <see cref="Spellings"/>[0] is the normalised form; further
/// spellings are the same part with or without an article/suffix that was written glued or separately
/// ("Al-Hassan" also as "alhassan", "Alhasan" also as "hasan", "Osmanoğlu" also as "osman").
/// </summary>
internal sealed record NameToken(
    string Display, NameRole Role, int Field, int Position, IReadOnlyList<TokenSpelling> Spellings)
{
    public string Normalised => Spellings[0].Normalised;
}

/// <summary>Splits a name field into <see cref="NameToken"/>s: transliteration, lower case, no diacritics or
/// punctuation, particles dropped (kept as alternative spellings), single-letter initials dropped.</summary>
internal static class NameTokenizer
{
    private sealed record Part(string Text, string Word, bool Unvocalised);

    public static IReadOnlyList<NameToken> Tokenize(string? text, NameRole role, int field = 0)
    {
        var parts = SplitIntoParts(text);
        var meaningful = parts.Where(p => p.Text.Length > 1 || parts.Count == 1).ToList();
        var hasCore = meaningful.Any(p => !NameParticles.IsPrefix(p.Text) && !NameParticles.IsSuffix(p.Text));

        var tokens = new List<NameToken>(meaningful.Count);
        for (var i = 0; i < meaningful.Count; i++)
        {
            var part = meaningful[i];
            var previous = i > 0 ? meaningful[i - 1] : null;
            var next = i + 1 < meaningful.Count ? meaningful[i + 1] : null;
            if (hasCore && IsDroppableParticle(part, previous, next))
                continue;

            var own = TokenSpelling.Of(part.Text, part.Unvocalised);
            var spellings = new List<TokenSpelling> { own };
            void AddSpelling(TokenSpelling? alternative)
            {
                if (alternative is not null && spellings.All(s => s.Normalised != alternative.Normalised))
                    spellings.Add(alternative);
            }
            TokenSpelling? Spell(string? text) => text is null ? null : TokenSpelling.Of(text, part.Unvocalised);

            AddSpelling(Spell(NameParticles.WithoutGluedArticle(part.Text)));
            AddSpelling(Spell(NameParticles.WithoutGluedSuffix(part.Text)));
            var display = part.Word;
            if (previous is not null && NameParticles.IsPrefix(previous.Text))
            {
                AddSpelling(TokenSpelling.Joined(TokenSpelling.Of(previous.Text, false), own));
                if (!ReferenceEquals(previous.Word, part.Word)) display = previous.Word + " " + part.Word;
            }
            if (next is not null && NameParticles.IsSuffix(next.Text))
                AddSpelling(TokenSpelling.Joined(own, TokenSpelling.Of(next.Text, false)));

            tokens.Add(new NameToken(display, role, field, tokens.Count, spellings));
        }
        return tokens;
    }

    private static bool IsDroppableParticle(Part part, Part? previous, Part? next) =>
        (NameParticles.IsPrefix(part.Text) && next is not null)
        || (NameParticles.IsSuffix(part.Text) && previous is not null);

    /// <summary>Transliterates word by word and splits on hyphens and other punctuation; apostrophes
    /// (also ʿain and hamza) vanish without splitting: "Sa'id" = "Said".</summary>
    private static List<Part> SplitIntoParts(string? text)
    {
        var parts = new List<Part>();
        if (string.IsNullOrWhiteSpace(text)) return parts;

        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var latin = LatinTransliteration.ToLatin(word, out var unvocalised);
            var current = new StringBuilder();
            foreach (var c in latin)
            {
                if (c is >= 'a' and <= 'z') current.Append(c);
                else if (c is '\'' or '`' or '´') continue;
                else Flush();
            }
            Flush();

            void Flush()
            {
                if (current.Length > 0) parts.Add(new Part(current.ToString(), word, unvocalised));
                current.Clear();
            }
        }
        return parts;
    }
}

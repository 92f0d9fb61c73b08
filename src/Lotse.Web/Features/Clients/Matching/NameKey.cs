namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// The stored search keys of a client name, so that the candidate search before intake can use an index
/// (PostgreSQL: pg_trgm on <see cref="Normalise"/>, GIN/equality on the words of <see cref="Phonetic"/>;
/// SQLite: LIKE/instr on the same columns). Both functions are deterministic and culture-independent:
/// store their output next to the name and recompute it only when this class changes.
/// </summary>
public static class NameKey
{
    /// <summary>
    /// Normalised Latin form for trigram search: any script transliterated (AnyAscii), lower case, no
    /// diacritics, punctuation, hyphens or apostrophes, articles and kinship particles (al-, el-, bin, abu,
    /// oğlu, …) left out, single-letter initials left out, words separated by one space.
    /// <example>"Mohammed Al-Hassan" → "mohammed hassan"; "Öztürk" → "ozturk"; "محمد" → "mhmd".</example>
    /// </summary>
    public static string Normalise(string? name) =>
        string.Join(' ', NameTokenizer.Tokenize(name, NameRole.Other).Select(t => t.Normalised));

    /// <summary>
    /// Phonetic keys for an overlap lookup ("does any key of the new name equal a stored key?"): first one
    /// key per name word in written order, then alternative readings of ambiguous spellings, the word with/
    /// without a glued article or suffix, and adjacent words written together (Gebre Medhin = Gebremedhin).
    /// Space-separated, without duplicates. A key is the word's consonant skeleton in the classes of
    /// <see cref="PhoneticEncoder"/>, so vowel spelling does not matter.
    /// Keys are deliberately coarse (Karimi and Karami, Mohammed and Mahmoud share one): they find
    /// candidates, <see cref="DuplicateMatcher"/> tells them apart.
    /// <example>"Mohammed Al-Hassan" → "mhmd hsn lhsn mhmdhsn"; "Muhammad Alhasan" → "mhmd lhsn hsn mhmdlhsn".</example>
    /// </summary>
    public static string Phonetic(string? name)
    {
        var tokens = NameTokenizer.Tokenize(name, NameRole.Other);
        var keys = new List<string>();
        void Add(string key)
        {
            if (!keys.Contains(key)) keys.Add(key);
        }

        foreach (var token in tokens) Add(token.Spellings[0].Keys.First());
        foreach (var token in tokens)
            foreach (var spelling in token.Spellings)
                foreach (var key in spelling.Keys) Add(key);
        foreach (var joined in NameUnit.Joins(tokens))
            foreach (var key in joined.Spellings[0].Keys) Add(key);
        return string.Join(' ', keys);
    }
}

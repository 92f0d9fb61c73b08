using System.Text;

namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// Transliteration-aware phonetic encoding of one normalised name token (a–z only) for the languages
/// Lotse's clients mostly speak: Arabic, Persian, Kurdish, Tigrinya, Russian/Ukrainian, Turkish – as they
/// are spelled in English, French, German and the national romanisations.
/// </summary>
/// <remarks>
/// <para>Consonant classes (output letter: spellings):
/// b: b · p: p · f: f ph · v: v w -ff (Ivanoff) · k: k q ck c(before a/o/u) · g: g gh ·
/// h: h kh x(word start/end, Kurdish Xalid, Şêx) ch(alternative, German Chalid) ·
/// j: j dj dsch dzh dz zh y(word start) · s: s z ss ts tz sh sch ch tsch tch c(before e/i, Turkish c/ç) ·
/// t: t th · d: d dh · l m n r.</para>
/// <para>All sibilants share one class because German records lose the Turkish cedilla
/// (Şahin → Sahin, Çelik → Celik) while German spelling writes Schahin, Tschelik.</para>
/// <para>Vowels: runs of vowel letters become one class: I if the run contains i/y/ee (Hosseini, Hosseyni,
/// Tesfai, Tesfay), else U for o/u (Mohammed/Muhammad, ou/oo, German oe/ue for ö/ü), else A for a, else E;
/// a run of two letters inside the word is marked long.
/// A word-final h after a vowel is silent (Persian -zadeh/-zade, Arabic ta marbuta: Fatimah/Fatima); in
/// Arabic script every final h is.</para>
/// <para>Spellings that really are ambiguous produce alternative readings instead of a guess: ch (sh or kh),
/// x (kh or ks), j inside a word (dsch or the German/Slavic y: Julija, Sergej), w inside a word (consonant
/// or u: Dawood/Daoud), th (t or s: Othman/Osman), dh (d or z), c (Turkish ç/c or k/dsch), word-initial
/// y/j before e/i (Yelena/Elena). At most <see cref="MaxReadings"/> readings per token, primary first.</para>
/// </remarks>
internal static class PhoneticEncoder
{
    public const int MaxReadings = 8;

    private const int MaxAmbiguities = 3; // 2^3 = MaxReadings

    public static IReadOnlyList<PhoneticReading> Encode(string token, bool unvocalised)
    {
        var units = Segment(token, unvocalised);
        var ambiguous = new List<int>();
        for (var i = 0; i < units.Count && ambiguous.Count < MaxAmbiguities; i++)
        {
            if (units[i].Length > 1) ambiguous.Add(i);
        }

        var readings = new List<PhoneticReading>(1 << ambiguous.Count);
        for (var combination = 0; combination < 1 << ambiguous.Count; combination++)
        {
            var raw = new StringBuilder(token.Length + 2);
            for (var i = 0; i < units.Count; i++)
            {
                var choice = ambiguous.IndexOf(i) is var bit and >= 0 && (combination & (1 << bit)) != 0 ? 1 : 0;
                raw.Append(units[i][choice]);
            }
            var reading = new PhoneticReading(Condense(raw.ToString()));
            if (!readings.Contains(reading)) readings.Add(reading);
        }
        return readings;
    }

    /// <summary>Splits the token into sound units; each unit lists its spellings' readings, primary first.
    /// Vowels are returned as letters (y inside a word counts as i) and classified in <see cref="Condense"/>.</summary>
    private static List<string[]> Segment(string s, bool unvocalised)
    {
        var units = new List<string[]>(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var (readings, length) = Match(s, i, unvocalised);
            units.Add(readings);
            i += length;
        }
        return units;
    }

    private static (string[] Readings, int Length) Match(string s, int i, bool unvocalised)
    {
        var atStart = i == 0;
        char Next(int offset) => i + offset < s.Length ? s[i + offset] : '\0';
        bool Ahead(string pattern) => string.CompareOrdinal(s, i, pattern, 0, pattern.Length) == 0;
        bool IsLast(int length) => i + length == s.Length;

        foreach (var (pattern, readings) in Graphemes)
        {
            if (Ahead(pattern)) return (readings, pattern.Length);
        }
        if (Ahead("ff") && IsLast(2)) return (["v", "f"], 2); // Russian -off = -ov
        if (atStart && Ahead("ou") && IsVowel(Next(2))) return (["v", "u"], 2); // French Oualid = Walid

        var c = s[i];
        return c switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => ([c.ToString()], 1),
            'y' when atStart => (IsFrontVowel(Next(1)) ? ["j", ""] : ["j"], 1),
            'y' => (["i"], 1),
            'j' when atStart => (IsFrontVowel(Next(1)) ? ["j", ""] : ["j"], 1),
            'j' => (["j", "i"], 1),
            'c' when IsFrontVowel(Next(1)) => (["s", "j"], 1),
            'c' => (["k", "s"], 1),
            'x' when atStart || IsLast(1) => (["h", "ks"], 1),
            'x' => (["ks", "h"], 1),
            'w' when atStart => (["v"], 1),
            'w' => (["v", "u"], 1),
            'q' => (["k"], 1),
            'z' => (["s"], 1),
            'h' when IsLast(1) && (unvocalised || (i > 0 && IsVowel(s[i - 1]))) => ([""], 1),
            _ => ([c.ToString()], 1)
        };
    }

    // Longest spellings first; each maps to its readings, primary first.
    private static readonly (string Pattern, string[] Readings)[] Graphemes =
    [
        ("dsch", ["j"]), ("tsch", ["s"]),
        ("sch", ["s"]), ("dzh", ["j"]), ("tch", ["s"]),
        ("zh", ["j"]), ("dj", ["j"]), ("dz", ["j"]), ("sh", ["s"]), ("ch", ["s", "h"]), ("kh", ["h"]),
        ("gh", ["g"]), ("ph", ["f"]), ("th", ["t", "s"]), ("dh", ["d", "s"]), ("ts", ["s"]), ("tz", ["s"]),
        ("ck", ["k"])
    ];

    /// <summary>Merges doubled consonants and turns each run of vowels into its class letter, marking runs
    /// of two letters or more inside the word as long (see <see cref="PhoneticReading"/>).</summary>
    private static string Condense(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (IsVowel(raw[i]))
            {
                var start = i;
                while (i < raw.Length && IsVowel(raw[i])) i++;
                var run = raw.AsSpan(start, i - start);
                if (i == raw.Length && run.Length > 1 && run.Contains('i') && run[^1] == 'a')
                {
                    sb.Append("IA"); // Maria, Yuliia, Julija: keeps the female -a visible after i/y
                    continue;
                }
                sb.Append(VowelClass(run));
                if (run.Length > 1 && i < raw.Length) sb.Append(PhoneticReading.LongMark);
                continue;
            }
            if (sb.Length == 0 || sb[^1] != raw[i]) sb.Append(raw[i]);
            i++;
        }
        return sb.ToString();
    }

    private static char VowelClass(ReadOnlySpan<char> run)
    {
        if (run.Contains('i')) return 'I';
        if (run.Contains('o') || run.Contains('u')) return 'U';
        if (run.Contains("ee", StringComparison.Ordinal)) return 'I';
        if (run.Contains('a')) return 'A';
        return PhoneticReading.Unspecific;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsFrontVowel(char c) => c is 'e' or 'i' or 'y';
}

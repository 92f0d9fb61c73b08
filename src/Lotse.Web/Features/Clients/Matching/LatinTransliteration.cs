using System.Text;

namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// Turns one written word of a name (any script) into lower-case ASCII using AnyAscii, with a few
/// corrections for Arabic script where AnyAscii's general-purpose output loses what name matching needs.
/// </summary>
internal static class LatinTransliteration
{
    /// <summary>Transliterates <paramref name="word"/>; <paramref name="unvocalised"/> tells whether it was written in
    /// Arabic script, which omits short vowels (so missing vowels must not count as a difference).</summary>
    public static string ToLatin(string word, out bool unvocalised)
    {
        unvocalised = ContainsArabicScript(word);
        var prepared = unvocalised ? PrepareArabicScript(word) : word;
        return AnyAscii.Transliteration.Transliterate(prepared).ToLowerInvariant();
    }

    private static bool ContainsArabicScript(string word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
                or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                return true;
        }
        return false;
    }

    // AnyAscii drops alif and writes ta marbuta as "h" and dad as "d". For names we want the long vowel
    // (حسان Hassān vs حسن Hasan), the feminine ending (كريمة Karima) and the Persian/Turkish reading of
    // dad (رضا Reza, Ramazan) to stay recognisable, and the always-attached article ال to become a
    // separate particle like the Latin "al-".
    private static string PrepareArabicScript(string word)
    {
        var text = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? "al-" + word[2..] : word;
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                'ا' or 'أ' or 'إ' or 'آ' or 'ٱ' => "a",
                'ة' => "a",
                'ض' => "dh",
                _ => c.ToString()
            });
        }
        return sb.ToString();
    }
}

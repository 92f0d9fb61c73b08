namespace Lotse.Web.Features.Clients.Matching;

/// <summary>How two phonetic readings of a name relate.</summary>
internal enum ReadingAgreement
{
    /// <summary>Same consonants, compatible vowels: a transliteration variant of the same name.</summary>
    SameSound,

    /// <summary>Same sound except a trailing "-a" on one side – the usual male/female pair (Oleksandr/Oleksandra, Karim/Karima).</summary>
    FeminineEnding,

    /// <summary>Same consonants but clearly different vowels (Karimi/Karami, Hassan/Hussein).</summary>
    VowelsDiffer,

    /// <summary>Different consonant skeletons.</summary>
    ConsonantsDiffer
}

/// <summary>
/// One way of pronouncing a name token, written as consonant classes (lower case) and vowel classes
/// (upper case A, I, U and E), e.g. "mUhAmAd" for Mohammed, Muhammad and Mohamad.
/// </summary>
/// <remarks>
/// The consonant skeleton is what transliterations agree on; vowels are kept as four coarse classes
/// because they still distinguish names (Karimi/Karami). E is the unspecific vowel: Persian, Turkish and
/// Kurdish spellings write "e" where Arabic has a or i (Mehdi/Mahdi, Hossein/Husayn, Ömer/Omar), so E agrees
/// with every other class. A vowel that one side does not write at all (Arabic script, Fatma/Fatima) is no
/// difference either.
/// </remarks>
internal readonly record struct PhoneticReading(string Text)
{
    public const char Unspecific = 'E';

    /// <summary>The consonant classes only – the stored search key.</summary>
    public string Skeleton { get; } = new(Text.Where(char.IsLower).ToArray());

    public ReadingAgreement CompareTo(PhoneticReading other)
    {
        if (Skeleton.Length == 0 || Skeleton != other.Skeleton)
            return Text == other.Text && Text.Length > 0 ? ReadingAgreement.SameSound : ReadingAgreement.ConsonantsDiffer;

        var mine = VowelSlots();
        var theirs = other.VowelSlots();
        var conflicts = 0;
        for (var i = 0; i < mine.Length; i++)
        {
            if (mine[i] != '\0' && theirs[i] != '\0' && !VowelsAgree(mine[i], theirs[i]))
                conflicts++;
        }
        if (conflicts > 0)
            return ReadingAgreement.VowelsDiffer;

        var last = mine.Length - 1;
        var feminine = (mine[last] == '\0' && theirs[last] == 'A') || (mine[last] == 'A' && theirs[last] == '\0');
        return feminine ? ReadingAgreement.FeminineEnding : ReadingAgreement.SameSound;
    }

    public static bool VowelsAgree(char a, char b) => a == b || a == Unspecific || b == Unspecific;

    /// <summary>The reading of two name parts written as one word (Gebre + Medhin). Joined on the readings,
    /// not the letters, so that no false digraph appears at the seam (Mohammed + Hassan is not "dh").</summary>
    public static PhoneticReading Join(PhoneticReading first, PhoneticReading second)
    {
        var (a, b) = (first.Text, second.Text);
        if (a.Length == 0 || b.Length == 0) return new PhoneticReading(a + b);
        var (last, next) = (a[^1], b[0]);
        if (char.IsUpper(last) && char.IsUpper(next))
            return new PhoneticReading(a[..^1] + MergeVowels(last, next) + b[1..]);
        return new PhoneticReading(last == next ? a + b[1..] : a + b);
    }

    private static char MergeVowels(char a, char b) =>
        a == 'I' || b == 'I' ? 'I' : a == 'U' || b == 'U' ? 'U' : a == 'A' || b == 'A' ? 'A' : Unspecific;

    /// <summary>The vowel class after each consonant ('\0' where none is written). A vowel before the
    /// first consonant is ignored: it is the least reliable part of a transliteration (Ibrahim/Ebrahim,
    /// Oleksandr/Aleksandr, Arabic script writes it as a hamza seat or not at all).</summary>
    private char[] VowelSlots()
    {
        var slots = new char[Skeleton.Length];
        var consonant = -1;
        foreach (var c in Text)
        {
            if (char.IsLower(c)) consonant++;
            else if (consonant >= 0) slots[consonant] = c;
        }
        return slots;
    }

    public override string ToString() => Text;
}

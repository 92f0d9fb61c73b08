namespace Lotse.Web.Features.Clients.Matching;

/// <summary>How two phonetic readings of a name relate.</summary>
internal enum ReadingAgreement
{
    /// <summary>Same consonants, compatible vowels: a transliteration variant of the same name.</summary>
    SameSound,

    /// <summary>Same sound except a final "-a" on one side – the usual male/female pair
    /// (Oleksandr/Oleksandra, Karim/Karima, Yevgeniy/Yevgeniya).</summary>
    FeminineEnding,

    /// <summary>Same consonants but clearly different vowels (Karimi/Karami, Hassan/Hussein, Hassan/Hassani).</summary>
    VowelsDiffer,

    /// <summary>Different consonant skeletons.</summary>
    ConsonantsDiffer
}

/// <summary>
/// One way of pronouncing a name token, written as consonant classes (lower case) and vowel classes
/// (upper case A, I, U and E), e.g. "mUhAmEd" for Mohammed, Muhammad and Mohamad. A ':' after a vowel
/// class marks a long vowel or diphthong written with two letters (ou, ee, ei, ai, ...); a word-final
/// i+a (Maria, Yuliia, Julija) is written "IA".
/// </summary>
/// <remarks>
/// The consonant skeleton is what transliterations agree on; vowels are kept as four coarse classes
/// because they still distinguish names (Karimi/Karami). E is the unspecific vowel: Persian, Turkish and
/// Kurdish spellings write "e" where Arabic has a or i (Mehdi/Mahdi, Hossein/Husayn, Ömer/Omar), so E agrees
/// with every other class. A short vowel that one side does not write at all (Arabic script, Fatma/Fatima,
/// Ethiopic Medhn/Medhin) is no difference; a long one is, because every script writes long vowels
/// (Arabic محمد is Muhammad, not Mahmoud).
/// </remarks>
internal readonly record struct PhoneticReading(string Text)
{
    public const char Unspecific = 'E';
    public const char LongMark = ':';

    /// <summary>The consonant classes only – the stored search key.</summary>
    public string Skeleton { get; } = new(Text.Where(char.IsLower).ToArray());

    public ReadingAgreement CompareTo(PhoneticReading other)
    {
        if (Skeleton.Length == 0 || Skeleton != other.Skeleton)
            return Text == other.Text && Text.Length > 0 ? ReadingAgreement.SameSound : ReadingAgreement.ConsonantsDiffer;

        var mine = Shape.Of(Text, Skeleton.Length);
        var theirs = Shape.Of(other.Text, Skeleton.Length);
        var conflicts = 0;
        for (var i = 0; i < Skeleton.Length - 1; i++)
        {
            var (x, y) = (mine.Slots[i], theirs.Slots[i]);
            if (x != '\0' && y != '\0')
            {
                if (!VowelsAgree(x, y)) conflicts++;
            }
            else if ((x == '\0' && theirs.Long[i]) || (y == '\0' && mine.Long[i]))
            {
                conflicts++;
            }
        }
        if (conflicts > 0)
            return ReadingAgreement.VowelsDiffer;

        return CompareEndings(mine.Tail, theirs.Tail);
    }

    /// <summary>
    /// A final vowel makes another name even in Arabic script, which writes long final vowels: -a is the
    /// female form (Karim/Karima, Yevgeniy/Yevgeniya), -i the Persian/Arabic "of" ending (Hassan/Hassani).
    /// Only the unspecific e (Persian silent -eh) may be left out.
    /// </summary>
    private static ReadingAgreement CompareEndings(string a, string b)
    {
        if (a == b) return ReadingAgreement.SameSound;
        if (a + "A" == b || b + "A" == a) return ReadingAgreement.FeminineEnding;
        if (a.Length == 1 && b.Length == 1)
            return VowelsAgree(a[0], b[0]) ? ReadingAgreement.SameSound : ReadingAgreement.VowelsDiffer;
        var shorter = a.Length < b.Length ? a : b;
        var longer = a.Length < b.Length ? b : a;
        var optional = shorter.Length == 0 ? longer : shorter;
        return optional == "E" ? ReadingAgreement.SameSound : ReadingAgreement.VowelsDiffer;
    }

    public static bool VowelsAgree(char a, char b) => a == b || a == Unspecific || b == Unspecific;

    public static bool IsVowelSymbol(char c) => char.IsUpper(c) || c == LongMark;

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

    public override string ToString() => Text;

    /// <summary>The vowels of a reading by position: the class after each inner consonant ('\0' where none
    /// is written), whether it is long, and everything after the last consonant. A vowel before the first
    /// consonant is ignored: it is the least reliable part of a transliteration (Ibrahim/Ebrahim,
    /// Oleksandr/Aleksandr; Arabic script writes it as a hamza seat or not at all).</summary>
    private readonly record struct Shape(char[] Slots, bool[] Long, string Tail)
    {
        public static Shape Of(string text, int consonants)
        {
            var slots = new char[consonants];
            var isLong = new bool[consonants];
            var consonant = -1;
            var tailStart = text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsLower(c))
                {
                    consonant++;
                    if (consonant == consonants - 1) tailStart = i + 1;
                }
                else if (consonant >= 0 && c == LongMark) isLong[consonant] = true;
                else if (consonant >= 0 && slots[consonant] == '\0') slots[consonant] = c;
            }
            var tail = new string(text[tailStart..].Where(char.IsUpper).ToArray());
            return new Shape(slots, isLong, tail);
        }
    }
}

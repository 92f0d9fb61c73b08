using System.Globalization;
using Lotse.Web.Features.Clients;

namespace Lotse.Web.Features.Import.Mapping;

/// <summary>
/// Nationalities as client lists write them: ISO 3166 codes (alpha-3 or alpha-2), German country names and
/// adjectives ("Syrien", "syrisch", "syrische"), English country names, and "staatenlos"/"ungeklärt".
/// German names cover the countries of origin usual in KIM; anything else can be given as ISO code.
/// </summary>
public static class CountryNames
{
    private static readonly string[] GermanTable =
    [
        "SYR:syrien|syrisch|arabischerepubliksyrien", "AFG:afghanistan|afghanisch", "IRQ:irak|irakisch", "IRN:iran|iranisch|persisch",
        "TUR:tuerkei|tuerkisch|tuerkiye", "UKR:ukraine|ukrainisch", "RUS:russland|russischefoederation|russisch",
        "ERI:eritrea|eritreisch", "SOM:somalia|somalisch", "NGA:nigeria|nigerianisch", "GIN:guinea|guineisch",
        "GEO:georgien|georgisch", "ALB:albanien|albanisch", "XKX:kosovo|kosovarisch", "SRB:serbien|serbisch",
        "MKD:nordmazedonien|mazedonien|mazedonisch|nordmazedonisch", "BIH:bosnienundherzegowina|bosnien|bosnisch|bosnischherzegowinisch",
        "MNE:montenegro|montenegrinisch", "HRV:kroatien|kroatisch", "ROU:rumaenien|rumaenisch", "BGR:bulgarien|bulgarisch",
        "POL:polen|polnisch", "HUN:ungarn|ungarisch", "CZE:tschechien|tschechischerepublik|tschechisch", "SVK:slowakei|slowakisch",
        "SVN:slowenien|slowenisch", "LVA:lettland|lettisch", "LTU:litauen|litauisch", "EST:estland|estnisch",
        "GRC:griechenland|griechisch", "ITA:italien|italienisch", "ESP:spanien|spanisch", "PRT:portugal|portugiesisch",
        "FRA:frankreich|franzoesisch", "NLD:niederlande|niederlaendisch|holland", "BEL:belgien|belgisch", "AUT:oesterreich|oesterreichisch",
        "CHE:schweiz|schweizerisch", "GBR:grossbritannien|vereinigteskoenigreich|britisch", "USA:usa|vereinigtestaaten|amerikanisch|usamerikanisch",
        "DEU:deutschland|deutsch", "LBN:libanon|libanesisch", "YEM:jemen|jemenitisch", "EGY:aegypten|aegyptisch",
        "MAR:marokko|marokkanisch", "DZA:algerien|algerisch", "TUN:tunesien|tunesisch", "LBY:libyen|libysch",
        "SDN:sudan|sudanesisch", "SSD:suedsudan|suedsudanesisch", "ETH:aethiopien|aethiopisch", "GMB:gambia|gambisch",
        "GHA:ghana|ghanaisch", "CMR:kamerun|kamerunisch", "CIV:elfenbeinkueste|cotedivoire|ivorisch", "SEN:senegal|senegalesisch",
        "MLI:mali|malisch", "SLE:sierraleone|sierraleonisch", "COD:demokratischerepublikkongo|drkongo|kongodemokratischerepublik|kongolesisch",
        "COG:republikkongo|kongo", "AGO:angola|angolanisch", "TGO:togo|togoisch|togolesisch", "BEN:benin|beninisch", "BFA:burkinafaso|burkinisch",
        "NER:niger|nigrisch", "TCD:tschad|tschadisch", "MRT:mauretanien|mauretanisch", "KEN:kenia|kenianisch", "UGA:uganda|ugandisch",
        "TZA:tansania|tansanisch", "RWA:ruanda|ruandisch", "BDI:burundi|burundisch", "LBR:liberia|liberianisch",
        "PAK:pakistan|pakistanisch", "BGD:bangladesch|bangladeschisch", "IND:indien|indisch", "LKA:srilanka|srilankisch",
        "NPL:nepal|nepalesisch", "VNM:vietnam|vietnamesisch", "CHN:china|chinesisch|volksrepublikchina", "MNG:mongolei|mongolisch",
        "ARM:armenien|armenisch", "AZE:aserbaidschan|aserbaidschanisch", "MDA:moldau|moldawien|republikmoldau|moldauisch|moldawisch",
        "BLR:belarus|weissrussland|belarussisch|weissrussisch", "KAZ:kasachstan|kasachisch", "UZB:usbekistan|usbekisch",
        "TJK:tadschikistan|tadschikisch", "KGZ:kirgisistan|kirgisisch", "TKM:turkmenistan|turkmenisch",
        "PSE:palaestina|palaestinensischegebiete|palaestinensisch", "JOR:jordanien|jordanisch", "SAU:saudiarabien|saudiarabisch",
        "KWT:kuwait|kuwaitisch", "ISR:israel|israelisch", "VEN:venezuela|venezolanisch", "COL:kolumbien|kolumbianisch",
        "BRA:brasilien|brasilianisch", "PER:peru|peruanisch", "CUB:kuba|kubanisch", "MEX:mexiko|mexikanisch",
        "PHL:philippinen|philippinisch", "IDN:indonesien|indonesisch", "THA:thailand|thailaendisch", "MMR:myanmar|birma|myanmarisch",
        "XXA:staatenlos|staatenlose|ohnestaatsangehoerigkeit", "XXX:ungeklaert|ungeklaerte|unbekannt|ungeklaertestaatsangehoerigkeit"
    ];

    private static readonly Dictionary<string, string> Names = Build();

    public static string? ToIso3(string? text)
    {
        var raw = text?.Trim() ?? "";
        if (raw.Length == 0) return null;
        if (raw.Length == 3 && raw.All(char.IsAsciiLetter) && CountryCodes.IsKnown(raw)) return raw.ToUpperInvariant();
        var key = ColumnSuggestions.Normalise(raw);
        if (Names.TryGetValue(key, out var code)) return code;
        // German adjectives are inflected: "syrische", "syrischer", "syrisches", "syrischen".
        foreach (var ending in new[] { "e", "er", "es", "en" })
            if (key.EndsWith("isch" + ending, StringComparison.Ordinal) && Names.TryGetValue(key[..^ending.Length], out code))
                return code;
        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            var iso3 = region.ThreeLetterISORegionName.ToUpperInvariant();
            if (iso3.Length != 3 || !CountryCodes.IsKnown(iso3)) continue;
            names.TryAdd(region.TwoLetterISORegionName.ToLowerInvariant(), iso3);
            names.TryAdd(ColumnSuggestions.Normalise(region.EnglishName), iso3);
        }
        // German names win over English and two-letter codes of the same spelling.
        foreach (var row in GermanTable)
        {
            var code = row[..3];
            foreach (var name in row[4..].Split('|')) names[name] = code;
        }
        return names;
    }
}

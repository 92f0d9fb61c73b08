using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Lotse.Web.Domain.Clients;

namespace Lotse.Web.Features.Clients;

/// <summary>
/// The client form as the pages show it: <see cref="ClientInput"/> with nationalities and languages as text, and a few
/// empty rows for the repeated parts (spellings, residence status, benefits, household, contacts) so that no script
/// is needed to add one. Empty rows are left out when the form becomes a <see cref="ClientInput"/>.
/// </summary>
public sealed partial class ClientForm
{
    [Display(Name = "Vorname")] public string? FirstName { get; set; }
    [Display(Name = "Nachname")] public string? LastName { get; set; }
    public List<NameVariantInput> NameVariants { get; set; } = [];
    [Display(Name = "Geburtsdatum")] public string? BirthDate { get; set; }
    [Display(Name = "Geschlecht")] public Sex? Sex { get; set; }
    [Display(Name = "Staatsangehörigkeiten")] public string? Nationalities { get; set; }
    [Display(Name = "Sprachen")] public string? Languages { get; set; }
    [Display(Name = "Dolmetschung nötig")] public bool InterpreterNeeded { get; set; }
    [Display(Name = "Sprache der Dolmetschung")] public string? InterpreterLanguage { get; set; }
    [Display(Name = "Straße und Hausnummer")] public string? Street { get; set; }
    [Display(Name = "Postleitzahl")] public string? PostalCode { get; set; }
    [Display(Name = "Kommune")] public Guid? MunicipalityId { get; set; }
    [Display(Name = "Einreise nach Deutschland am")] public DateOnly? EntryDate { get; set; }
    public List<ResidenceStatusInput> ResidenceStatuses { get; set; } = [];
    public List<BenefitInput> Benefits { get; set; } = [];
    public List<HouseholdMemberInput> Household { get; set; } = [];
    public List<ContactInput> Contacts { get; set; } = [];
    public int? Version { get; set; }

    /// <summary>Which form row each handler list item came from (the handler does not see the empty rows).</summary>
    public sealed class RowMap
    {
        private readonly Dictionary<string, List<int>> _rows = new(StringComparer.OrdinalIgnoreCase);

        internal List<T> Keep<T>(string list, List<T> rows, Func<T, bool> isEmpty)
        {
            var kept = new List<T>();
            var indices = _rows[list] = [];
            for (var i = 0; i < rows.Count; i++)
            {
                if (isEmpty(rows[i])) continue;
                kept.Add(rows[i]);
                indices.Add(i);
            }
            return kept;
        }

        public int RowOf(string list, int handlerIndex) =>
            _rows.TryGetValue(list, out var rows) && handlerIndex < rows.Count ? rows[handlerIndex] : handlerIndex;
    }

    public ClientInput ToInput(out RowMap rows)
    {
        rows = new RowMap();
        return new ClientInput
        {
            FirstName = FirstName,
            LastName = LastName,
            NameVariants = rows.Keep("nameVariants", NameVariants, IsEmpty),
            BirthDate = BirthDate,
            Sex = Sex,
            Nationalities = SplitCodes(Nationalities),
            Languages = SplitList(Languages),
            InterpreterNeeded = InterpreterNeeded,
            InterpreterLanguage = InterpreterLanguage,
            Street = Street,
            PostalCode = string.IsNullOrWhiteSpace(PostalCode) ? null : PostalCode.Trim(),
            MunicipalityId = MunicipalityId,
            EntryDate = EntryDate,
            ResidenceStatuses = rows.Keep("residenceStatuses", ResidenceStatuses, IsEmpty),
            Benefits = rows.Keep("benefits", Benefits, IsEmpty),
            Household = rows.Keep("household", Household, IsEmpty),
            Contacts = rows.Keep("contacts", Contacts, IsEmpty),
            Version = Version
        };
    }

    /// <summary>The duplicate check looks at names, birth date and nationalities.</summary>
    public DuplicateCheckInput ToDuplicateCheck() => new()
    {
        FirstName = FirstName, LastName = LastName, BirthDate = BirthDate, Nationalities = SplitCodes(Nationalities)
    };

    /// <summary>What the duplicate check saw; a confirmation "Trotzdem neu anlegen" is valid only for exactly this.</summary>
    public string DuplicateCheckKey() => string.Join('|',
        Normal(FirstName), Normal(LastName), Normal(BirthDate), string.Join(',', SplitCodes(Nationalities) ?? []));

    public static ClientForm From(ClientDto c) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        NameVariants = c.NameVariants.Select(v => new NameVariantInput { FirstName = v.FirstName, LastName = v.LastName, Source = v.Source }).ToList(),
        BirthDate = c.BirthDateGerman,
        Sex = c.Sex,
        Nationalities = string.Join(", ", c.Nationalities),
        Languages = string.Join(", ", c.Languages),
        InterpreterNeeded = c.InterpreterNeeded,
        InterpreterLanguage = c.InterpreterLanguage,
        Street = c.Street,
        PostalCode = c.PostalCode,
        MunicipalityId = c.MunicipalityId,
        EntryDate = c.EntryDate,
        ResidenceStatuses = c.ResidenceStatuses.Select(r => new ResidenceStatusInput
            { Id = r.Id, Type = r.Type, LegalBasis = r.LegalBasis, IssuedOn = r.IssuedOn, ValidUntil = r.ValidUntil }).ToList(),
        Benefits = c.Benefits.Select(b => new BenefitInput { Kind = b.Kind, From = b.From, Until = b.Until }).ToList(),
        Household = c.Household.Select(h => new HouseholdMemberInput
            { Relation = h.Relation, Name = h.Name, BirthYear = h.BirthYear, IsMinorChild = h.IsMinorChild }).ToList(),
        Contacts = c.Contacts.Select(x => new ContactInput
            { OrganisationId = x.OrganisationId, PersonName = x.PersonName, Phone = x.Phone, Email = x.Email, Role = x.Role }).ToList(),
        Version = c.Version
    };

    /// <summary>
    /// Empty rows to fill in: at least three spellings, two household members and one row of every other list, and always
    /// one empty row more than is filled (also after a refused submit, which keeps every row as it was typed).
    /// </summary>
    public ClientForm WithEmptyRows()
    {
        Pad(NameVariants, 3, IsEmpty);
        Pad(ResidenceStatuses, 1, IsEmpty);
        Pad(Benefits, 1, IsEmpty);
        Pad(Household, 2, IsEmpty);
        Pad(Contacts, 1, IsEmpty);
        return this;
    }

    private static void Pad<T>(List<T> rows, int minimum, Func<T, bool> isEmpty) where T : new()
    {
        while (rows.Count < minimum) rows.Add(new T());
        if (!rows.Any(isEmpty)) rows.Add(new T());
    }

    private static bool IsEmpty(NameVariantInput v) => Blank(v.FirstName, v.LastName, v.Source);
    private static bool IsEmpty(ResidenceStatusInput r) => r.Type is null && Blank(r.LegalBasis) && r.IssuedOn is null && r.ValidUntil is null;
    private static bool IsEmpty(BenefitInput b) => b.Kind is null && b.From is null && b.Until is null;
    private static bool IsEmpty(HouseholdMemberInput h) => Blank(h.Relation, h.Name) && h.BirthYear is null && !h.IsMinorChild;
    private static bool IsEmpty(ContactInput c) => c.OrganisationId is null && Blank(c.PersonName, c.Phone, c.Email, c.Role);

    private static bool Blank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);

    private static string Normal(string? s) => (s ?? "").Trim().ToUpperInvariant();

    /// <summary>"SYR, afg; IRQ" → [SYR, AFG, IRQ].</summary>
    private static List<string>? SplitCodes(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
            : CodeSeparator().Split(text).Where(s => s.Length > 0).Select(s => s.ToUpperInvariant()).Distinct().ToList();

    /// <summary>Languages may contain spaces ("Kurdisch (Kurmandschi)"): split at commas and semicolons only.</summary>
    private static List<string>? SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
            : text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex CodeSeparator();
}

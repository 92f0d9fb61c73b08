using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Import.Mapping;

/// <summary>The case to open for an imported client: "Fall offen seit" and, when mapped, the intake's first concerns.</summary>
public sealed record CaseSeed(DateOnly OpenedOn, AccessRoute Route, string? FirstConcerns);

public sealed record FieldProblem(ImportField? Field, string Message);

/// <summary>
/// What one row becomes: the client input for <see cref="ClientFile"/> (fields whose value could not be read are left
/// empty, so the client rules can still check the rest), the case to open, and the problems found while reading.
/// </summary>
public sealed record RowConversion(ClientInput Client, CaseSeed? Case, IReadOnlyList<FieldProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Turns the text cells of one row into a <see cref="ClientInput"/> (and a <see cref="CaseSeed"/>) through the column
/// mapping and the German value parsers. It only translates values and checks what the client form cannot see
/// (the case dates); all client rules are checked afterwards by <see cref="ClientFile.CheckAsync"/>, so an imported
/// client obeys exactly the rules of one entered by hand.
/// </summary>
public sealed class RowConverter(ColumnMapping mapping, IReadOnlyDictionary<string, Guid> municipalities, DateOnly today)
{
    public RowConversion Convert(IReadOnlyList<string> cells)
    {
        var problems = new List<FieldProblem>();
        string? Cell(ImportField field) =>
            mapping.ColumnOf(field) is { } c && c < cells.Count ? ImportValues.Text(cells[c]) : null;
        void Problem(ImportField field, string message) => problems.Add(new FieldProblem(field, message));

        var input = new ClientInput
        {
            FirstName = Cell(ImportField.FirstName),
            LastName = Cell(ImportField.LastName),
            BirthDate = Cell(ImportField.BirthDate),
            Street = Cell(ImportField.Street)
        };

        PartialDate? birth = null;
        if (input.BirthDate is { } birthText)
        {
            if (PartialDate.TryParse(birthText, today, out var parsed, out var birthError)) birth = parsed;
            else Problem(ImportField.BirthDate, birthError);
        }

        if (Cell(ImportField.NameVariant) is { } variants)
            input.NameVariants = variants.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ImportValues.SplitName)
                .Select(n => new NameVariantInput { FirstName = n.Given, LastName = n.Family, Source = "Import" })
                .ToList();

        if (Cell(ImportField.Sex) is { } sexText)
        {
            if (ImportValues.TrySex(sexText, out var sex, out var error)) input.Sex = sex;
            else Problem(ImportField.Sex, error!);
        }

        if (Cell(ImportField.Nationalities) is { } nationalities)
        {
            if (ImportValues.TryNationalities(nationalities, out var codes, out var error)) input.Nationalities = codes;
            else Problem(ImportField.Nationalities, error!);
        }

        if (Cell(ImportField.Languages) is { } languages)
        {
            input.Languages = ImportValues.SplitList(languages);
            if (input.Languages.FirstOrDefault(l => l.Length > 100) is not null)
                Problem(ImportField.Languages, "Eine Sprachangabe ist länger als 100 Zeichen.");
        }

        if (Cell(ImportField.InterpreterNeeded) is { } interpreter)
        {
            if (ImportValues.TryInterpreter(interpreter, out var needed, out var language, out var error))
            {
                input.InterpreterNeeded = needed;
                input.InterpreterLanguage = language;
            }
            else Problem(ImportField.InterpreterNeeded, error!);
        }

        if (Cell(ImportField.PostalCode) is { } postalCode) input.PostalCode = ImportValues.PostalCode(postalCode);

        if (Cell(ImportField.Municipality) is { } municipality)
        {
            if (municipalities.TryGetValue(ImportValues.MunicipalityKey(municipality), out var id)) input.MunicipalityId = id;
            else Problem(ImportField.Municipality, $"Die Kommune „{ImportValues.Shorten(municipality)}“ gibt es in Lotse nicht. Bitte verwenden Sie den Namen einer angelegten Kommune.");
        }

        input.EntryDate = Date(ImportField.EntryDate);

        var status = Cell(ImportField.ResidenceStatus);
        var issued = Date(ImportField.ResidenceIssuedOn);
        var validUntil = Date(ImportField.ResidenceValidUntil);
        if (status is not null)
        {
            if (ImportValues.TryResidence(status, out var residence, out var error))
                input.ResidenceStatuses = [new ResidenceStatusInput { Type = residence!.Type, LegalBasis = residence.LegalBasis, IssuedOn = issued, ValidUntil = validUntil }];
            else Problem(ImportField.ResidenceStatus, error!);
        }
        else if (issued is not null || validUntil is not null)
            Problem(ImportField.ResidenceStatus, "Zu den Daten des Aufenthaltsstatus fehlt der Status selbst.");

        var benefitsSince = Date(ImportField.BenefitsSince);
        if (Cell(ImportField.Benefits) is { } benefits)
        {
            if (ImportValues.TryBenefits(benefits, out var kinds, out var error))
                input.Benefits = kinds.Select(k => new BenefitInput { Kind = k, From = benefitsSince ?? today }).ToList();
            else Problem(ImportField.Benefits, error!);
        }
        else if (benefitsSince is not null)
            Problem(ImportField.Benefits, "Zu „Leistungsbezug seit“ fehlt die Leistung.");

        CaseSeed? seed = null;
        var route = AccessRoute.Self;
        if (Cell(ImportField.AccessRoute) is { } routeText && !ImportValues.TryAccessRoute(routeText, out route, out var routeError))
            Problem(ImportField.AccessRoute, routeError!);
        var concerns = Cell(ImportField.FirstConcerns);
        if (Date(ImportField.CaseOpenedOn) is { } openedOn)
        {
            if (openedOn > today) Problem(ImportField.CaseOpenedOn, $"Das Datum {ImportValues.Format(openedOn)} liegt in der Zukunft.");
            else if (birth is not null && openedOn.Year < birth.Year) Problem(ImportField.CaseOpenedOn, "Der Fall beginnt vor der Geburt.");
            else if (concerns is not null && Validation.Validate(new IntakeInput
                         { Version = 0, FirstContactOn = openedOn, Route = route, FirstConcerns = concerns, Decision = IntakeDecision.CaseManagementIndicated }) is { } intakeError)
                Problem(ImportField.FirstConcerns, intakeError.Fields!.Values.First()[0]);
            else seed = new CaseSeed(openedOn, route, concerns);
        }
        else if (concerns is not null)
            Problem(ImportField.CaseOpenedOn, "Die ersten Anliegen gehören zur Erstberatung eines Falls: Bitte geben Sie das Datum „Fall offen seit“ an.");

        return new RowConversion(input, seed, problems);

        DateOnly? Date(ImportField field)
        {
            if (Cell(field) is not { } text) return null;
            if (ImportValues.TryDate(text, out var date, out var error)) return date;
            Problem(field, error!);
            return null;
        }
    }

    /// <summary>The import field a validation error of <see cref="ClientFile"/> ("residenceStatuses[0].validUntil") belongs to.</summary>
    public static ImportField? FieldOf(string key)
    {
        var head = key.Split('[', '.')[0];
        var leaf = key.Contains('.') ? key[(key.LastIndexOf('.') + 1)..] : head;
        return head switch
        {
            "firstName" => ImportField.FirstName,
            "lastName" => ImportField.LastName,
            "nameVariants" => ImportField.NameVariant,
            "birthDate" => ImportField.BirthDate,
            "sex" => ImportField.Sex,
            "nationalities" => ImportField.Nationalities,
            "languages" => ImportField.Languages,
            "interpreterNeeded" or "interpreterLanguage" => ImportField.InterpreterNeeded,
            "street" => ImportField.Street,
            "postalCode" => ImportField.PostalCode,
            "municipalityId" => ImportField.Municipality,
            "entryDate" => ImportField.EntryDate,
            "residenceStatuses" => leaf switch
            {
                "validUntil" => ImportField.ResidenceValidUntil,
                "issuedOn" => ImportField.ResidenceIssuedOn,
                _ => ImportField.ResidenceStatus
            },
            "benefits" => leaf is "from" or "until" ? ImportField.BenefitsSince : ImportField.Benefits,
            _ => null
        };
    }
}

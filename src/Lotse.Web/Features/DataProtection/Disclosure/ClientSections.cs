using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.DataProtection;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.DataProtection.Corrections;
using Lotse.Web.Features.DataProtection.Erasure;
using Microsoft.EntityFrameworkCore;
using static Lotse.Web.Features.DataProtection.Disclosure.DisclosureText;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>Stammdaten: identity, name variants, birth date, nationality, languages, address, entry.</summary>
public sealed class PersonSection : IDisclosureSection
{
    public int Order => 100;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var c = ctx.Client;
        ctx.SubjectIds.Add(c.Id.ToString());
        var municipality = c.MunicipalityId is { } m
            ? await ctx.Db.Municipalities.AsNoTracking().Where(x => x.Id == m).Select(x => x.Name).FirstOrDefaultAsync(ct)
            : null;
        var data = new
        {
            c.FileNumber,
            FirstName = c.GivenName,
            LastName = c.FamilyName,
            NameVariants = c.NameVariants.Select(v => new { FirstName = v.GivenName, LastName = v.FamilyName, v.Source }).ToList(),
            BirthDate = IsoBirthDate(c.BirthYear, c.BirthMonth, c.BirthDay),
            c.Sex,
            c.Nationalities,
            c.Languages,
            c.InterpreterNeeded,
            c.InterpreterLanguage,
            c.Street,
            c.PostalCode,
            Municipality = municipality,
            c.EntryDate,
            RegisteredBy = ctx.Organisation(c.OwnerOrganisationId),
            RegisteredAt = c.CreatedAt
        };
        var lines = new Lines()
            .Add("Aktenzeichen", c.FileNumber)
            .Add("Name", $"{c.FamilyName}, {c.GivenName}")
            .Add("Geburtsdatum", BirthDate(c.BirthYear, c.BirthMonth, c.BirthDay))
            .Add("Geschlecht", ClientNames.Of(c.Sex))
            .Add("Staatsangehörigkeit", string.Join(", ", c.Nationalities.Select(ClientDisplay.Nationality)))
            .Add("Sprachen", string.Join(", ", c.Languages))
            .Add("Dolmetschung nötig", German.YesNo(c.InterpreterNeeded) + (c.InterpreterLanguage is { } l ? $" ({l})" : ""))
            .Add("Anschrift", string.Join(", ", new[] { c.Street, string.Join(' ', new[] { c.PostalCode, municipality }.Where(s => !string.IsNullOrEmpty(s))) }.Where(s => !string.IsNullOrEmpty(s))))
            .Add("Einreise", Date(c.EntryDate))
            .Add("Erfasst von", ctx.Organisation(c.OwnerOrganisationId))
            .Add("Erfasst am", Time(c.CreatedAt));
        var blocks = new List<DisclosureBlock> { new(null, lines.ToList()) };
        blocks.Add(c.NameVariants.Count == 0
            ? new DisclosureBlock("Weitere Schreibweisen des Namens", [new DisclosureLine("", "keine")])
            : new DisclosureBlock("Weitere Schreibweisen des Namens",
                c.NameVariants.Select(v => new DisclosureLine(v.Source ?? "ohne Quelle", $"{v.FamilyName}, {v.GivenName}".TrimEnd(' ', ','))).ToList()));
        return new DisclosureSection("person", "Angaben zur Person", data, blocks);
    }
}

public sealed class HouseholdSection : IDisclosureSection
{
    public int Order => 110;

    public Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var h = ctx.Client.Household;
        var data = h.Select(x => new { x.Relation, x.Name, x.BirthYear, x.IsMinorChild }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = h.Count == 0
            ? [DisclosureBlock.Empty("Keine Angaben zum Haushalt gespeichert.")]
            : h.Select(x => new DisclosureBlock(null, new Lines().Add("Beziehung", x.Relation).Add("Name", x.Name)
                .Add("Geburtsjahr", x.BirthYear?.ToString()).Add("Minderjähriges Kind", German.YesNo(x.IsMinorChild)).ToList())).ToList();
        return Task.FromResult(new DisclosureSection("household", "Haushalt", data, blocks));
    }
}

public sealed class BenefitsSection : IDisclosureSection
{
    public int Order => 120;

    public Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var b = ctx.Client.Benefits.OrderBy(x => x.From).ToList();
        var data = b.Select(x => new { x.Kind, x.From, x.Until }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = b.Count == 0
            ? [DisclosureBlock.Empty("Keine Angaben zum Leistungsbezug gespeichert.")]
            : [new DisclosureBlock(null, b.Select(x => new DisclosureLine(ClientNames.Of(x.Kind), $"{Date(x.From)} bis {Date(x.Until) switch { "–" => "heute", var u => u }}")).ToList())];
        return Task.FromResult(new DisclosureSection("benefits", "Leistungsbezug", data, blocks));
    }
}

public sealed class ResidenceSection : IDisclosureSection
{
    public int Order => 130;

    public Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var r = ctx.Client.ResidenceStatuses.OrderBy(x => x.IssuedOn).ToList();
        foreach (var x in r) ctx.SubjectIds.Add(x.Id.ToString());
        var data = r.Select(x => new { x.Id, x.Type, x.LegalBasis, x.IssuedOn, x.ValidUntil, x.Source }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = r.Count == 0
            ? [DisclosureBlock.Empty("Keine Angaben zum Aufenthaltsstatus gespeichert.")]
            : r.Select(x => new DisclosureBlock(ClientNames.Of(x.Type), new Lines().Add("Rechtsgrundlage", x.LegalBasis)
                .Add("Ausgestellt am", Date(x.IssuedOn)).Add("Gültig bis", Date(x.ValidUntil)).Add("Quelle", x.Source).ToList())).ToList();
        return Task.FromResult(new DisclosureSection("residence", "Aufenthaltsstatus (Verlauf)", data, blocks));
    }
}

public sealed class ContactsSection : IDisclosureSection
{
    public int Order => 140;

    public Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var k = ctx.Client.Contacts;
        var data = k.Select(x => new { Organisation = x.OrganisationId is null ? null : ctx.Organisation(x.OrganisationId), x.PersonName, x.Role, x.Phone, x.Email }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = k.Count == 0
            ? [DisclosureBlock.Empty("Keine Ansprechpersonen gespeichert.")]
            : k.Select(x => new DisclosureBlock(x.PersonName, new Lines().Add("Organisation", ctx.Organisation(x.OrganisationId))
                .Add("Funktion", x.Role).Add("Telefon", x.Phone).Add("E-Mail", x.Email).ToList())).ToList();
        return Task.FromResult(new DisclosureSection("contacts", "Ansprechpersonen bei anderen Stellen", data, blocks));
    }
}

/// <summary>Berichtigungen: every corrected field with old and new value.</summary>
public sealed class CorrectionsSection : IDisclosureSection
{
    public int Order => 500;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var id = ctx.Client.Id;
        var rows = await ctx.Db.Set<ClientCorrection>().AsNoTracking().Where(x => x.ClientId == id).ToListAsync(ct);
        rows = rows.OrderBy(x => x.CorrectedAt).ThenBy(x => x.Field).ToList();
        foreach (var r in rows) ctx.SubjectIds.Add(r.Id.ToString());
        var data = rows.Select(x => new { x.Field, x.OldValue, x.NewValue, x.CorrectedAt, x.CorrectedByName }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = rows.Count == 0
            ? [DisclosureBlock.Empty("Es wurden keine Angaben berichtigt.")]
            : rows.Select(x => new DisclosureBlock($"{Time(x.CorrectedAt)} – {CorrectionFields.Name(x.Field)}",
                new Lines().Add("Bisher", x.OldValue).Add("Neu", x.NewValue).Add("Geändert von", x.CorrectedByName).ToList())).ToList();
        return new DisclosureSection("corrections", "Berichtigungen", data, blocks);
    }
}

/// <summary>Löschanträge and Sperrvermerke concerning the client.</summary>
public sealed class ErasureSection : IDisclosureSection
{
    public int Order => 550;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var id = ctx.Client.Id;
        var requests = (await ctx.Db.Set<ErasureRequest>().AsNoTracking().Where(x => x.ClientId == id).ToListAsync(ct)).OrderBy(x => x.ReceivedOn).ToList();
        var holds = (await ctx.Db.Set<LegalHold>().AsNoTracking().Where(x => x.ClientId == id).ToListAsync(ct)).OrderBy(x => x.SetAt).ToList();
        foreach (var r in requests) ctx.SubjectIds.Add(r.Id.ToString());
        var data = new
        {
            ErasureRequests = requests.Select(x => new { x.ReceivedOn, x.Scope, x.Status, x.Assessment, x.RefusalReason, x.DecidedOn, x.CarriedOutAt }).ToList(),
            Restrictions = holds.Select(x => new { x.Reason, x.SetAt, x.LiftedAt }).ToList()
        };
        var blocks = new List<DisclosureBlock>();
        blocks.AddRange(requests.Select(x => new DisclosureBlock($"Löschantrag vom {Date(x.ReceivedOn)}", new Lines()
            .Add("Umfang", x.Scope).Add("Entscheidung", ErasureNames.Of(x.Status)).Add("Rechtliche Prüfung", x.Assessment)
            .Add("Rechtsgrund", x.RefusalReason is { } r ? ErasureNames.Of(r) : null).Add("Entschieden am", Date(x.DecidedOn))
            .Add("Umgesetzt am", x.CarriedOutAt is { } at ? Time(at) : null).ToList())));
        blocks.AddRange(holds.Select(x => new DisclosureBlock($"Sperrvermerk vom {Time(x.SetAt)}", new Lines()
            .Add("Grund", x.Reason).Add("Aufgehoben", x.LiftedAt is { } l ? Time(l) : "nein").ToList())));
        if (blocks.Count == 0) blocks.Add(DisclosureBlock.Empty("Keine Löschanträge und keine Sperrvermerke."));
        return new DisclosureSection("erasure", "Löschanträge und Sperrvermerke", data, blocks);
    }
}

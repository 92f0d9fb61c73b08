using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Consents;

/// <summary>
/// The client file as a partner organisation or the ABH/EBH may see it: a projection filtered by the data categories
/// <see cref="ClientAccess.VisibleCategoriesAsync"/> grants right now. A category not granted is null in the answer,
/// never an empty list that could be mistaken for "nothing recorded". Case notes are never part of it.
/// </summary>
public sealed class SharedClientView(LotseDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public Task<SharedClientDto?> GetAsync(Guid clientId, CancellationToken ct, string? purpose = "Freigegebene Daten") =>
        audit.ReadAsync("Client", token => BuildAsync(clientId, token), dto => dto is null ? [] : [dto.Id.ToString()], ct, purpose);

    private async Task<SharedClientDto?> BuildAsync(Guid clientId, CancellationToken ct)
    {
        var visible = await access.VisibleCategoriesAsync(clientId, ct);
        if (visible.Count == 0) return null;
        var client = await db.Clients.AsNoTracking().Include(c => c.ResidenceStatuses).Include(c => c.Municipality)
            .FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return null;
        var today = Domain.LocalCalendar.Today(clock);

        SharedIdentity? identity = null;
        if (visible.Contains(DataCategory.IdentityContact))
        {
            var birth = ClientQueries.BirthIso(client.BirthYear, client.BirthMonth, client.BirthDay);
            identity = new SharedIdentity(client.FileNumber, client.GivenName, client.FamilyName,
                client.NameVariants.Select(v => $"{v.GivenName} {v.FamilyName}".Trim()).ToList(),
                birth, birth is null ? null : Clients.Matching.PartialDate.Parse(birth, today).ToGermanString(),
                ClientNames.Of(client.Sex), client.Nationalities, client.Languages, client.InterpreterNeeded, client.InterpreterLanguage,
                client.Street, client.PostalCode, client.Municipality?.Name);
        }
        SharedResidence? residence = visible.Contains(DataCategory.ResidenceStatus)
            ? new SharedResidence(client.EntryDate, client.ResidenceStatuses.OrderByDescending(r => r.IssuedOn)
                .Select(r => new ResidenceStatusDto(r.Id, r.Type, ClientNames.Of(r.Type), r.LegalBasis, r.IssuedOn, r.ValidUntil, r.Source)).ToList())
            : null;
        var benefits = visible.Contains(DataCategory.Benefits)
            ? client.Benefits.Select(b => new SharedBenefit(b.Kind, ClientNames.Of(b.Kind), b.From, b.Until)).ToList()
            : null;

        List<SharedRating>? assessment = null, health = null;
        List<SharedGoal>? goals = null;
        var needsCase = visible.Contains(DataCategory.Assessment) || visible.Contains(DataCategory.Health) || visible.Contains(DataCategory.GoalsPlan);
        if (needsCase)
        {
            // Read from the latest case without ReadableCases on purpose: only the granted parts leave this method,
            // never the case itself, its notes, events or appointments.
            var @case = await db.Cases.AsNoTracking().Where(k => k.ClientId == clientId).OrderByDescending(k => k.OpenedOn)
                .Include(k => k.Assessments).Include(k => k.Goals).ThenInclude(g => g.Steps).AsSplitQuery().FirstOrDefaultAsync(ct);
            var latest = @case?.Assessments.OrderByDescending(a => a.AssessedOn).FirstOrDefault();
            SharedRating Rating(LifeDomainRating r) => new(r.Domain, CaseNames.Of(r.Domain), r.Rating, r.Situation, r.Need, latest!.AssessedOn);
            if (visible.Contains(DataCategory.Assessment))
                assessment = latest?.Ratings.Where(r => r.Domain != LifeDomain.Health).Select(Rating).ToList() ?? [];
            if (visible.Contains(DataCategory.Health))
                health = latest?.Ratings.Where(r => r.Domain == LifeDomain.Health).Select(Rating).ToList() ?? [];
            if (visible.Contains(DataCategory.GoalsPlan))
                goals = @case?.Goals.OrderBy(g => g.Sequence)
                    .Where(g => g.Domain != LifeDomain.Health || visible.Contains(DataCategory.Health))
                    .Select(g => new SharedGoal(CaseNames.Of(g.Domain), g.Description,
                        g.Steps.OrderBy(s => s.Sequence).Select(s => new SharedStep(s.Description, s.DueOn, s.Status.ToString(), s.DoneOn)).ToList()))
                    .ToList() ?? [];
        }
        var categories = ClientAccess.AllCategories.Where(visible.Contains).Order().ToList();
        return new SharedClientDto(client.Id, categories, categories.Select(DataCategoryNames.Of).ToList(),
            identity, residence, benefits, assessment, health, goals);
    }
}

/// <summary>What a partner or the ABH/EBH gets instead of the full client file. Null = category not released.</summary>
public sealed record SharedClientDto(
    Guid Id, IReadOnlyList<DataCategory> VisibleCategories, IReadOnlyList<string> VisibleCategoryNames,
    SharedIdentity? Identity, SharedResidence? Residence, IReadOnlyList<SharedBenefit>? Benefits,
    IReadOnlyList<SharedRating>? Assessment, IReadOnlyList<SharedRating>? Health, IReadOnlyList<SharedGoal>? Goals);

public sealed record SharedIdentity(string FileNumber, string FirstName, string LastName, IReadOnlyList<string> OtherSpellings,
    string? BirthDate, string? BirthDateGerman, string Sex, IReadOnlyList<string> Nationalities, IReadOnlyList<string> Languages,
    bool InterpreterNeeded, string? InterpreterLanguage, string? Street, string? PostalCode, string? Municipality);

public sealed record SharedResidence(DateOnly? EntryDate, IReadOnlyList<ResidenceStatusDto> Statuses);
public sealed record SharedBenefit(BenefitKind Kind, string KindName, DateOnly From, DateOnly? Until);
public sealed record SharedRating(LifeDomain Domain, string DomainName, int Rating, string? Situation, string? Need, DateOnly AssessedOn);
public sealed record SharedGoal(string Domain, string Description, IReadOnlyList<SharedStep> Steps);
public sealed record SharedStep(string Description, DateOnly? DueOn, string Status, DateOnly? DoneOn);

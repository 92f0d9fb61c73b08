using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

/// <summary>
/// Runs one change of a case: load it through <see cref="ClientAccess.EditableCases"/>, refuse a stale
/// version, let the case apply (or refuse) the change, save. Every case use case goes through here.
/// </summary>
public sealed class CaseWork(LotseDbContext db, ClientAccess access, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Result<Case>> ExecuteAsync(Guid caseId, int? version, Func<Case, DateOnly, Error?> change, CancellationToken ct)
    {
        // As for opening a case: other roles never change cases (403 whatever the id, so nothing leaks).
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Nur Case Manager:innen bearbeiten Fälle.");
        var @case = await LoadAsync(access.EditableCases(), caseId, ct);
        if (@case is null) return Error.NotFound("Der Fall");
        if (version is null) return Error.Invalid("version", "Bitte geben Sie die Version des Falls an, die Sie bearbeitet haben.");
        if (version != @case.Version) return Error.Stale("Der Fall");

        if (change(@case, Today) is { } refused) return refused;

        // The case is the aggregate: any change inside it bumps its version, so concurrent edits of
        // different parts of the same case still collide instead of overwriting each other silently.
        var root = db.Entry(@case);
        root.Property(c => c.Version).OriginalValue = version.Value;
        root.Property(c => c.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Der Fall");
        }
        return @case;
    }

    public static Task<Case?> LoadAsync(IQueryable<Case> cases, Guid caseId, CancellationToken ct) =>
        cases.Include(c => c.Assessments)
            .Include(c => c.Goals).ThenInclude(g => g.Steps)
            .Include(c => c.Events)
            .Include(c => c.Notes)
            .Include(c => c.Appointments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
}

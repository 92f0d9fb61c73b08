using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.DataProtection;
using Lotse.Web.Features.DataProtection.Retention;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.DataProtection.Erasure;

public sealed class ErasureRequestInput
{
    [Required(ErrorMessage = "Bitte geben Sie an, wann der Antrag eingegangen ist.")]
    public DateOnly? ReceivedOn { get; set; }

    [Required(ErrorMessage = "Bitte beschreiben Sie, was gelöscht werden soll.")]
    [StringLength(4000, ErrorMessage = "Höchstens 4000 Zeichen.")]
    public string? Scope { get; set; }
}

public sealed class ErasureDecisionInput
{
    [Required(ErrorMessage = "Bitte wählen Sie eine Entscheidung.")]
    public ErasureStatus? Decision { get; set; }

    [StringLength(8000, ErrorMessage = "Höchstens 8000 Zeichen.")]
    public string? Assessment { get; set; }

    public ErasureRefusalReason? RefusalReason { get; set; }
}

public sealed class LegalHoldInput
{
    [Required(ErrorMessage = "Bitte begründen Sie den Sperrvermerk.")]
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")]
    public string? Reason { get; set; }
}

public sealed record ErasureRequestDto(Guid Id, Guid ClientId, DateOnly ReceivedOn, string Scope, ErasureStatus Status, string StatusName,
    string? Assessment, ErasureRefusalReason? RefusalReason, string? RefusalReasonName, DateOnly? DecidedOn, string? DecidedBy, DateTimeOffset? CarriedOutAt);

public sealed record LegalHoldDto(Guid Id, Guid ClientId, string Reason, DateTimeOffset SetAt, string? SetBy, DateTimeOffset? LiftedAt, string? LiftedBy, bool IsActive);

/// <summary>The data-protection view of one client: Löschanträge and Sperrvermerke (DPO only).</summary>
public sealed record DataProtectionFile(Guid ClientId, string FileNumber, bool Anonymised, IReadOnlyList<ErasureRequestDto> Requests, IReadOnlyList<LegalHoldDto> Holds);

/// <summary>
/// Löschanträge (received, assessed and decided by the data-protection officer) and Sperrvermerke. A granted
/// request anonymises the client and every case; a partly granted one the closed cases; both leave an
/// <see cref="AnonymisationRecord"/> naming the request. A Sperrvermerk blocks both, and the retention job.
/// </summary>
public sealed class ErasureRequests(LotseDbContext db, DataSubjectAccess access, CurrentUser user, AuditActor actor, AuditLog audit,
    RetentionJob retention, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Finds a client by file number for the DPO (POST body, never the URL); the lookup is audited.</summary>
    public async Task<Result<Guid>> LookupAsync(string? fileNumber, CancellationToken ct)
    {
        if (!access.IsDataProtectionOfficer) return DataSubjectAccess.NotDpo;
        if (string.IsNullOrWhiteSpace(fileNumber)) return Error.Invalid("fileNumber", "Bitte geben Sie das Aktenzeichen an.");
        var number = fileNumber.Trim().ToUpperInvariant();
        var id = await db.Clients.AsNoTracking().Where(c => c.FileNumber == number).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (id is null) return Error.NotFound("Eine Person mit diesem Aktenzeichen");
        audit.Add(AuditOperation.Read, "Client", id.Value.ToString(), "Datenschutz: Suche nach Aktenzeichen");
        await db.SaveChangesAsync(ct);
        return id.Value;
    }

    public async Task<Result<DataProtectionFile>> FileAsync(Guid clientId, CancellationToken ct)
    {
        if (await access.MayManageAsync(clientId, ct) is { } denied) return denied;
        var fileNumber = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.FileNumber).FirstAsync(ct);
        var anonymised = await db.Set<AnonymisationRecord>().AnyAsync(r => r.SubjectId == clientId && r.RecordType != RetentionRecordType.ClosedCase, ct);
        var requests = (await db.Set<ErasureRequest>().AsNoTracking().Where(r => r.ClientId == clientId).ToListAsync(ct))
            .OrderByDescending(r => r.ReceivedOn).Select(ToDto).ToList();
        var holds = (await db.Set<LegalHold>().AsNoTracking().Where(h => h.ClientId == clientId).ToListAsync(ct))
            .OrderByDescending(h => h.SetAt).Select(ToDto).ToList();
        foreach (var r in requests) audit.Add(AuditOperation.Read, "ErasureRequest", r.Id.ToString(), "Datenschutz: Löschanträge");
        await db.SaveChangesAsync(ct);
        return new DataProtectionFile(clientId, fileNumber, anonymised, requests, holds);
    }

    public async Task<Result<ErasureRequestDto>> RecordAsync(Guid clientId, ErasureRequestInput input, CancellationToken ct)
    {
        if (await access.MayManageAsync(clientId, ct) is { } denied) return denied;
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.ReceivedOn > Today) return Error.Invalid("receivedOn", "Der Eingang kann nicht in der Zukunft liegen.");
        var request = new ErasureRequest { ClientId = clientId, ReceivedOn = input.ReceivedOn!.Value, Scope = input.Scope!.Trim(), RecordedById = user.Id };
        db.Set<ErasureRequest>().Add(request);
        await db.SaveChangesAsync(ct);
        return ToDto(request);
    }

    public async Task<Result<ErasureRequestDto>> DecideAsync(Guid requestId, ErasureDecisionInput input, CancellationToken ct)
    {
        if (!access.IsDataProtectionOfficer) return DataSubjectAccess.NotDpo;
        if (Validation.Validate(input) is { } invalid) return invalid;
        var request = await db.Set<ErasureRequest>().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null) return Error.NotFound("Der Löschantrag");
        // Checked before the decision is applied, so a refused decision leaves the tracked request untouched.
        if (request.IsOpen && input.Decision is ErasureStatus.Granted or ErasureStatus.PartlyGranted)
        {
            if (await db.Set<LegalHold>().AnyAsync(h => h.ClientId == request.ClientId && h.LiftedAt == null, ct))
                return new Error(ErrorKind.Conflict, "Für diese Person besteht ein Sperrvermerk. Solange er besteht, wird nichts gelöscht; bitte lehnen Sie den Antrag ab oder heben Sie den Sperrvermerk zuerst auf.");
            if (input.Decision == ErasureStatus.Granted && await db.Cases.AnyAsync(c => c.ClientId == request.ClientId && c.Phase != CasePhase.Closed, ct))
                return new Error(ErrorKind.Conflict, "Die Person hat einen aktiven Fall. Vollständig gelöscht werden kann erst nach dessen Abschluss; entscheiden Sie „teilweise stattgegeben“ für die abgeschlossenen Fälle.");
        }
        if (request.Decide(input.Decision!.Value, input.Assessment, input.RefusalReason, Today, user.Id, actor.UserName) is { } refused) return refused;

        if (request.Status is ErasureStatus.Granted or ErasureStatus.PartlyGranted)
        {
            var granted = request.Status == ErasureStatus.Granted;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var records = db.Set<AnonymisationRecord>();
            var fileNumber = await db.Clients.Where(c => c.Id == request.ClientId).Select(c => c.FileNumber).FirstAsync(ct);
            var cases = await db.Cases.Where(c => c.ClientId == request.ClientId && c.Phase == CasePhase.Closed
                    && !records.Any(r => r.RecordType == RetentionRecordType.ClosedCase && r.SubjectId == c.Id))
                .Select(c => c.Id).ToListAsync(ct);
            var reason = $"Löschantrag vom {German.Date(request.ReceivedOn)}";
            var items = cases.Select(id => new RetentionItem(RetentionRecordType.ClosedCase, id, request.ClientId, fileNumber, Today, reason)).ToList();
            if (granted && !await records.AnyAsync(r => r.RecordType == RetentionRecordType.Client && r.SubjectId == request.ClientId, ct))
                items.Add(new RetentionItem(RetentionRecordType.Client, request.ClientId, request.ClientId, fileNumber, Today, reason));
            await retention.CarryOutAsync(items, request.Id, ct);
            request.MarkCarriedOut(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ToDto(request);
        }
        await db.SaveChangesAsync(ct);
        return ToDto(request);
    }

    public async Task<Result<LegalHoldDto>> SetHoldAsync(Guid clientId, LegalHoldInput input, CancellationToken ct)
    {
        if (await access.MayManageAsync(clientId, ct) is { } denied) return denied;
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (await db.Set<LegalHold>().AnyAsync(h => h.ClientId == clientId && h.LiftedAt == null, ct))
            return new Error(ErrorKind.Conflict, "Für diese Person besteht bereits ein Sperrvermerk.");
        var hold = new LegalHold { ClientId = clientId, Reason = input.Reason!.Trim(), SetAt = clock.GetUtcNow(), SetByName = actor.UserName };
        db.Set<LegalHold>().Add(hold);
        audit.Add(AuditOperation.Create, "LegalHold", hold.Id.ToString(), "Sperrvermerk gesetzt");
        await db.SaveChangesAsync(ct);
        return ToDto(hold);
    }

    public async Task<Result<LegalHoldDto>> LiftHoldAsync(Guid holdId, CancellationToken ct)
    {
        if (!access.IsDataProtectionOfficer) return DataSubjectAccess.NotDpo;
        var hold = await db.Set<LegalHold>().FirstOrDefaultAsync(h => h.Id == holdId, ct);
        if (hold is null) return Error.NotFound("Der Sperrvermerk");
        if (!hold.IsActive) return new Error(ErrorKind.Conflict, "Der Sperrvermerk ist bereits aufgehoben.");
        hold.LiftedAt = clock.GetUtcNow();
        hold.LiftedByName = actor.UserName;
        audit.Add(AuditOperation.Update, "LegalHold", hold.Id.ToString(), "Sperrvermerk aufgehoben");
        await db.SaveChangesAsync(ct);
        return ToDto(hold);
    }

    private static ErasureRequestDto ToDto(ErasureRequest r) => new(r.Id, r.ClientId, r.ReceivedOn, r.Scope, r.Status, ErasureNames.Of(r.Status),
        r.Assessment, r.RefusalReason, r.RefusalReason is { } x ? ErasureNames.Of(x) : null, r.DecidedOn, r.DecidedByName, r.CarriedOutAt);

    private static LegalHoldDto ToDto(LegalHold h) => new(h.Id, h.ClientId, h.Reason, h.SetAt, h.SetByName, h.LiftedAt, h.LiftedByName, h.IsActive);
}

public static class ErasureNames
{
    public static string Of(ErasureStatus s) => s switch
    {
        ErasureStatus.Received => "eingegangen, noch nicht entschieden",
        ErasureStatus.Granted => "stattgegeben",
        ErasureStatus.PartlyGranted => "teilweise stattgegeben",
        _ => "abgelehnt"
    };

    public static string Of(ErasureRefusalReason r) => r switch
    {
        ErasureRefusalReason.RetentionObligation => "gesetzliche Aufbewahrungspflicht (Art. 17 Abs. 3 lit. b DSGVO)",
        ErasureRefusalReason.TaskStillRequired => "Daten werden für die laufende Aufgabe noch benötigt (§ 84 Abs. 2 SGB X)",
        ErasureRefusalReason.LegalClaims => "Geltendmachung oder Verteidigung von Rechtsansprüchen (Art. 17 Abs. 3 lit. e DSGVO)",
        ErasureRefusalReason.LegalHold => "Sperrvermerk",
        _ => "sonstiger Rechtsgrund (siehe Begründung)"
    };
}

using System.ComponentModel.DataAnnotations;
using Lotse.Web.Infrastructure.Auditing;

namespace Lotse.Web.Features.Audit;

/// <summary>
/// The data-protection officer's filter over the audit trail (form and API body). Every field is optional;
/// the period is a pair of calendar days in German time (Europe/Berlin), both inclusive.
/// </summary>
public class AuditFilter : IValidatableObject
{
    [Display(Name = "Zeitraum von")]
    public DateOnly? From { get; set; }

    [Display(Name = "Zeitraum bis")]
    public DateOnly? To { get; set; }

    [StringLength(256, ErrorMessage = "Der Benutzername darf höchstens 256 Zeichen lang sein.")]
    [Display(Name = "Benutzername")]
    public string? UserName { get; set; }

    [StringLength(100, ErrorMessage = "Die Datensatzart darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Datensatzart")]
    public string? EntityType { get; set; }

    [StringLength(100, ErrorMessage = "Die Datensatzkennung darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Datensatzkennung")]
    public string? EntityId { get; set; }

    [EnumDataType(typeof(AuditOperation), ErrorMessage = "Diesen Vorgang gibt es nicht.")]
    [Display(Name = "Vorgang")]
    public AuditOperation? Operation { get; set; }

    [EnumDataType(typeof(AuditChannel), ErrorMessage = "Diesen Zugriffsweg gibt es nicht.")]
    [Display(Name = "Zugriffsweg")]
    public AuditChannel? Channel { get; set; }

    public static readonly DateOnly EarliestDay = new(2000, 1, 1);
    public static readonly DateOnly LatestDay = new(2199, 12, 31);

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } f && (f < EarliestDay || f > LatestDay))
            yield return new ValidationResult("Bitte geben Sie als Anfang ein Datum zwischen dem 01.01.2000 und dem 31.12.2199 an.", [nameof(From)]);
        if (To is { } t && (t < EarliestDay || t > LatestDay))
            yield return new ValidationResult("Bitte geben Sie als Ende ein Datum zwischen dem 01.01.2000 und dem 31.12.2199 an.", [nameof(To)]);
        if (From is { } from && To is { } to && to < from)
            yield return new ValidationResult("Das Ende des Zeitraums darf nicht vor seinem Anfang liegen.", [nameof(To)]);
        // The index is (EntityType, EntityId): a record id alone could only be found by reading the whole trail.
        if (!string.IsNullOrWhiteSpace(EntityId) && string.IsNullOrWhiteSpace(EntityType))
            yield return new ValidationResult("Bitte geben Sie zur Datensatzkennung auch die Datensatzart an.", [nameof(EntityType)]);
    }
}

/// <summary>
/// One page of the audit trail, newest first, by keyset pagination on the entry number (Id):
/// <c>afterId</c> continues with older entries (Id &lt; afterId), <c>beforeId</c> goes back to newer ones (Id &gt; beforeId).
/// </summary>
public sealed class AuditSearchRequest : AuditFilter
{
    public const int DefaultPageSize = 50;

    [Range(1, long.MaxValue, ErrorMessage = "Der Cursor „afterId“ muss eine positive Eintragsnummer sein.")]
    public long? AfterId { get; set; }

    [Range(1, long.MaxValue, ErrorMessage = "Der Cursor „beforeId“ muss eine positive Eintragsnummer sein.")]
    public long? BeforeId { get; set; }

    [Range(1, 200, ErrorMessage = "Die Seitengröße muss zwischen 1 und 200 liegen.")]
    public int? PageSize { get; set; }

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext)) yield return result;
        if (AfterId is not null && BeforeId is not null)
            yield return new ValidationResult("Bitte geben Sie entweder „afterId“ (ältere Einträge) oder „beforeId“ (neuere Einträge) an, nicht beides.", [nameof(BeforeId)]);
    }

    public static AuditSearchRequest For(AuditFilter filter, long? afterId, long? beforeId, int pageSize = DefaultPageSize) => new()
    {
        From = filter.From, To = filter.To, UserName = filter.UserName, EntityType = filter.EntityType,
        EntityId = filter.EntityId, Operation = filter.Operation, Channel = filter.Channel,
        AfterId = afterId, BeforeId = beforeId, PageSize = pageSize
    };
}

/// <summary>One audit entry as the data-protection officer sees it.</summary>
public sealed record AuditEntryDto(
    long Id,
    DateTimeOffset OccurredAt,
    string OccurredAtLocal,
    Guid? UserId,
    string? UserName,
    Guid? OrganisationId,
    string? OrganisationName,
    AuditOperation Operation,
    string OperationName,
    string EntityType,
    string EntityId,
    string? Fields,
    AuditChannel Channel,
    string ChannelName,
    string? Purpose,
    bool IsSealed,
    long? Sequence,
    string? Hash,
    IReadOnlyList<string>? Subjects = null)
{
    public static AuditEntryDto From(AuditEntry e, IReadOnlyDictionary<Guid, string> organisations) => new(
        e.Id, e.OccurredAt, AuditDisplay.LocalTime(e.OccurredAt), e.UserId, e.UserName, e.OrganisationId,
        e.OrganisationId is { } org && organisations.TryGetValue(org, out var name) ? name : null,
        e.Operation, AuditDisplay.Of(e.Operation), e.EntityType, e.EntityId, e.Fields,
        e.Channel, AuditDisplay.Of(e.Channel), e.Purpose, e.Sequence is not null, e.Sequence, e.Hash,
        e.SubjectIds is null ? null : e.SubjectIds.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// A page of results. <c>nextCursor</c> is the <c>afterId</c> for the next (older) page, <c>null</c> on the last page;
/// <c>previousCursor</c> the <c>beforeId</c> for the newer page, <c>null</c> on the first.
/// </summary>
public sealed record AuditSearchResult(IReadOnlyList<AuditEntryDto> Items, long? NextCursor, long? PreviousCursor);

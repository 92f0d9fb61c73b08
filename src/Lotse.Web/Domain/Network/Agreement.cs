namespace Lotse.Web.Domain.Network;

/// <summary>Kooperationsvereinbarung between organisations, with the service standards it promises.</summary>
public class Agreement : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Subject { get; set; }
    /// <summary>The parties (organisations), at least two.</summary>
    public List<Guid> PartyIds { get; set; } = [];
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public List<ServiceStandard> Standards { get; set; } = [];
    /// <summary>Metadata of the signed document; the bytes live in <see cref="AgreementDocument"/> so lists never load them.</summary>
    public string? DocumentName { get; set; }
    public long? DocumentSize { get; set; }
    public int Version { get; set; }
}

/// <summary>The signed agreement as a PDF, stored in the database.</summary>
public class AgreementDocument
{
    public Guid AgreementId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "application/pdf";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>Whether a target duration counts calendar days or working days (Mon–Fri without NRW public holidays).</summary>
public enum DurationUnit { CalendarDays, WorkingDays }

/// <summary>
/// A measurable promise of an agreement, e.g. "the Jobcenter issues the integration-course obligation within 10
/// working days of the referral": from <see cref="FromEvent"/> to <see cref="ToEvent"/> within the target.
/// </summary>
public class ServiceStandard
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public Guid ResponsibleOrganisationId { get; set; }
    public string FromEvent { get; set; } = "Überweisung";
    public string ToEvent { get; set; } = "";
    public int TargetDuration { get; set; }
    public DurationUnit TargetUnit { get; set; } = DurationUnit.WorkingDays;
}

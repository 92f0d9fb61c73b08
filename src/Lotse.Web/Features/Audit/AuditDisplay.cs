using System.Globalization;
using Lotse.Web.Infrastructure.Auditing;

namespace Lotse.Web.Features.Audit;

/// <summary>German names of the audit enums and German local time (Europe/Berlin) for the trail's pages and exports.</summary>
public static class AuditDisplay
{
    public const string DateTimeFormat = "dd.MM.yyyy HH:mm:ss";
    public const string DateFormat = "dd.MM.yyyy";

    /// <summary>The installation's time zone: KIM is a programme of North Rhine-Westphalia.</summary>
    public static readonly TimeZoneInfo GermanTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static string Of(AuditOperation operation) => operation switch
    {
        AuditOperation.Read => "Lesen",
        AuditOperation.Create => "Anlegen",
        AuditOperation.Update => "Ändern",
        AuditOperation.Delete => "Löschen",
        AuditOperation.Export => "Export",
        AuditOperation.SignIn => "Anmeldung",
        AuditOperation.SignInFailed => "Fehlgeschlagene Anmeldung",
        AuditOperation.SignOut => "Abmeldung",
        AuditOperation.SessionsEnded => "Sitzungen beendet",
        _ => operation.ToString()
    };

    public static string Of(AuditChannel channel) => channel switch
    {
        AuditChannel.Ui => "Weboberfläche",
        AuditChannel.Api => "Schnittstelle (API)",
        AuditChannel.Export => "Export",
        AuditChannel.Job => "Hintergrundauftrag",
        AuditChannel.System => "System",
        _ => channel.ToString()
    };

    public static string LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, GermanTime).ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The first instant of a German calendar day, in UTC (the trail stores UTC).</summary>
    public static DateTimeOffset StartOfGermanDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, GermanTime), TimeSpan.Zero);
    }
}

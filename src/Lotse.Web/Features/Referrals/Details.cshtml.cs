using Lotse.Web.Domain.Referrals;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// One referral, for both sides: the case manager sends, cancels and writes; the receiving organisation accepts,
/// rejects, records the first appointment, writes feedback and completes with a result. Opening it as the case manager
/// marks a new result as seen. Each form carries the version it was shown at.
/// </summary>
public sealed class DetailsModel(ReferralQueries queries, ReferralCommands commands, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public ReasonInput Reason { get; set; } = new();
    [BindProperty] public AcceptInput Accept { get; set; } = new();
    [BindProperty] public FirstAppointmentInput Appointment { get; set; } = new();
    [BindProperty] public FeedbackInput Feedback { get; set; } = new();
    [BindProperty] public CompleteInput Complete { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public ReferralDto Referral { get; private set; } = null!;
    public string? FailedForm { get; private set; }
    public bool Stale { get; private set; }
    public DateOnly Today => Domain.LocalCalendar.Today(clock);

    public bool CanSend => Referral.MayActAsSender && Referral.Status == ReferralStatus.Draft;
    public bool CanCancel => Referral.MayActAsSender && Referral.Status is not (ReferralStatus.Completed or ReferralStatus.Rejected or ReferralStatus.Cancelled);
    public bool CanAccept => Referral.MayActAsReceiver && Referral.Status == ReferralStatus.Sent;
    public bool CanAppoint => Referral.MayActAsReceiver && Referral.Status is ReferralStatus.Accepted or ReferralStatus.InProgress;
    public bool CanComplete => CanAppoint;
    public bool CanFeedback => (Referral.MayActAsSender || Referral.MayActAsReceiver) && Referral.Status is not (ReferralStatus.Draft or ReferralStatus.Cancelled);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(markSeen: true) ? Page() : NotFound();

    public Task<IActionResult> OnPostSendenAsync()
    {
        var input = new ReferralChange();
        return RunAsync("senden", "Send", input, ct => commands.SendAsync(Id, input, ct), "Die Verweisung wurde versendet.");
    }

    public Task<IActionResult> OnPostStornierenAsync() =>
        RunAsync("stornieren", nameof(Reason), Reason, ct => commands.CancelAsync(Id, Reason, ct), "Die Verweisung wurde storniert.");

    public Task<IActionResult> OnPostAnnehmenAsync() =>
        RunAsync("annehmen", nameof(Accept), Accept, ct => commands.AcceptAsync(Id, Accept, ct), "Die Verweisung wurde angenommen.");

    public Task<IActionResult> OnPostAblehnenAsync() =>
        RunAsync("ablehnen", nameof(Reason), Reason, ct => commands.RejectAsync(Id, Reason, ct), "Die Verweisung wurde abgelehnt. Das Case Management wird benachrichtigt.");

    public Task<IActionResult> OnPostErstterminAsync() =>
        RunAsync("ersttermin", nameof(Appointment), Appointment, ct => commands.RecordFirstAppointmentAsync(Id, Appointment, ct), "Der Ersttermin wurde gespeichert.");

    public Task<IActionResult> OnPostRueckmeldungAsync() =>
        RunAsync("rueckmeldung", nameof(Feedback), Feedback, ct => commands.AddFeedbackAsync(Id, Feedback, ct), "Die Rückmeldung wurde gespeichert.");

    public Task<IActionResult> OnPostAbschliessenAsync() =>
        RunAsync("abschliessen", nameof(Complete), Complete, ct => commands.CompleteAsync(Id, Complete, ct),
            "Die Verweisung wurde mit Ergebnis abgeschlossen. Das Case Management wird benachrichtigt.");

    private async Task<IActionResult> RunAsync(string form, string prefix, ReferralChange input,
        Func<CancellationToken, Task<Result<Referral>>> change, string success)
    {
        if (ModelState.HasUnreadableValues()) return await ShowAsync(form);
        input.Version = Version;
        var result = await change(HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = success;
            return RedirectToPage("/Referrals/Details", new { id = Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        if (result.Error.Kind == ErrorKind.Forbidden) return Forbid();
        Stale = result.Error.Kind == ErrorKind.Concurrency;
        result.Error.AddToForm(ModelState, prefix);
        return await ShowAsync(form);
    }

    private async Task<IActionResult> ShowAsync(string failedForm)
    {
        FailedForm = failedForm;
        return await LoadAsync(markSeen: false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool markSeen)
    {
        var result = await queries.GetAsync(Id, HttpContext.RequestAborted, markSeen);
        if (!result.IsSuccess) return false;
        Referral = result.Value!;
        if (FailedForm != "ersttermin") Appointment = new FirstAppointmentInput { On = Today, PartnerCaseReference = Referral.PartnerCaseReference };
        if (FailedForm != "annehmen") Accept = new AcceptInput { PartnerCaseReference = Referral.PartnerCaseReference };
        return true;
    }

    public static string Time(DateTimeOffset? at) => at is { } a
        ? TimeZoneInfo.ConvertTime(a, Domain.LocalCalendar.Zone).ToString("dd.MM.yyyy, HH:mm", German.Culture) + " Uhr" : "–";
}

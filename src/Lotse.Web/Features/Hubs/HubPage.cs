using Lotse.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Hubs;

/// <summary>A hub page (Steuerung, Netzwerk): the area's pages this user may open, each with one line on what it is for.</summary>
public abstract class HubPage(NavigationHub hub) : PageModel
{
    public NavigationHub Hub { get; } = hub;
    public IReadOnlyList<NavigationEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = Navigation.OfHub(Hub, User);
}

public sealed class SteeringHubModel() : HubPage(Navigation.Steering);

public sealed class NetworkHubModel() : HubPage(Navigation.Network);

using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisationen");

        group.MapGet("/", async (LotseDbContext db, CancellationToken ct) =>
                (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct)).Select(OrganisationDto.From).ToList())
            .WithSummary("Alle Organisationen des Netzwerks (für jede angemeldete Person).");

        group.MapGet("/{id:guid}", async (Guid id, LotseDbContext db, CancellationToken ct) =>
                await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is { } o
                    ? Results.Ok(OrganisationDto.From(o))
                    : Error.NotFound("Die Organisation").ToProblem())
            .WithSummary("Eine Organisation.");

        group.MapPost("/", async (OrganisationInput input, SaveOrganisation save, CancellationToken ct) =>
                (await save.CreateAsync(input, ct)).ToHttp(o => Results.Created($"/api/v1/organisations/{o.Id}", o)))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Organisation anlegen (Administration).");

        group.MapPut("/{id:guid}", async (Guid id, OrganisationInput input, SaveOrganisation save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Organisation ändern (Administration); „version“ ist die zuletzt gelesene Version.");

        return api;
    }
}

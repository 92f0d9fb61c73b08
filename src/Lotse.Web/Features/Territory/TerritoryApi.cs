using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

/// <summary>Kommunen and Regionalbereiche: everyone signed in may read them, administrators change them.</summary>
public static class TerritoryApi
{
    public static RouteGroupBuilder MapTerritoryApi(this RouteGroupBuilder api)
    {
        var municipalities = api.MapGroup("/municipalities").WithTags("Kommunen");

        municipalities.MapGet("/", async (LotseDbContext db, CancellationToken ct) =>
                (await db.Municipalities.AsNoTracking().Include(m => m.Region).OrderBy(m => m.Name).ToListAsync(ct))
                    .Select(MunicipalityDto.From).ToList())
            .WithSummary("Alle Kommunen mit ihrem Regionalbereich (für jede angemeldete Person).");

        municipalities.MapGet("/{id:guid}", async (Guid id, LotseDbContext db, CancellationToken ct) =>
                await db.Municipalities.AsNoTracking().Include(m => m.Region).FirstOrDefaultAsync(m => m.Id == id, ct) is { } m
                    ? Results.Ok(MunicipalityDto.From(m))
                    : Error.NotFound("Die Kommune").ToProblem())
            .WithSummary("Eine Kommune.");

        municipalities.MapPost("/", async (MunicipalityInput input, SaveMunicipality save, CancellationToken ct) =>
                (await save.CreateAsync(input, ct)).ToHttp(m => Results.Created($"/api/v1/municipalities/{m.Id}", m)))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Kommune anlegen (Administration).");

        municipalities.MapPut("/{id:guid}", async (Guid id, MunicipalityInput input, SaveMunicipality save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Kommune ändern (Administration); „version“ ist die zuletzt gelesene Version.");

        var regions = api.MapGroup("/regions").WithTags("Regionalbereiche");

        regions.MapGet("/", async (LotseDbContext db, CancellationToken ct) =>
                (await db.Regions.AsNoTracking().Include(r => r.Municipalities).OrderBy(r => r.Name).ToListAsync(ct))
                    .Select(RegionDto.From).ToList())
            .WithSummary("Alle Regionalbereiche mit den Ids ihrer Kommunen (für jede angemeldete Person).");

        regions.MapGet("/{id:guid}", async (Guid id, LotseDbContext db, CancellationToken ct) =>
                await db.Regions.AsNoTracking().Include(r => r.Municipalities).FirstOrDefaultAsync(r => r.Id == id, ct) is { } r
                    ? Results.Ok(RegionDto.From(r))
                    : Error.NotFound("Der Regionalbereich").ToProblem())
            .WithSummary("Ein Regionalbereich.");

        regions.MapPost("/", async (RegionInput input, SaveRegion save, CancellationToken ct) =>
                (await save.CreateAsync(input, ct)).ToHttp(r => Results.Created($"/api/v1/regions/{r.Id}", r)))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Regionalbereich anlegen (Administration); „municipalityIds“ sind seine Kommunen.");

        regions.MapPut("/{id:guid}", async (Guid id, RegionInput input, SaveRegion save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Regionalbereich ändern (Administration). „municipalityIds“ ist die vollständige Liste seiner Kommunen; eine hier zugeordnete Kommune wechselt aus ihrem bisherigen Regionalbereich. „version“ ist die zuletzt gelesene Version.");

        return api;
    }
}

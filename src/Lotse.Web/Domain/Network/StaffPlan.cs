namespace Lotse.Web.Domain.Network;

/// <summary>
/// Stellenplanung: one imported table of newcomer counts per Kommune and category, with the target ratio and the
/// available VZÄ (in tenths, so that 12.3 VZÄ is stored exactly as 123). The latest plan is the current one.
/// </summary>
public class StaffPlan : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string FileName { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public Guid ImportedBy { get; set; }
    public int TargetRatio { get; set; } = 100;
    public int AvailableFteTenths { get; set; }
    public List<string> Categories { get; set; } = [];
    public List<StaffPlanCount> Counts { get; set; } = [];
    public int Version { get; set; }
}

public class StaffPlanCount
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid StaffPlanId { get; set; }
    public Guid MunicipalityId { get; set; }
    public string Category { get; set; } = "";
    public int Count { get; set; }
}

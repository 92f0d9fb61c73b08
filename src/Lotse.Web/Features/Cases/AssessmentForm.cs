using Lotse.Web.Domain.Cases;

namespace Lotse.Web.Features.Cases;

/// <summary>
/// The assessment form: all ten life domains at once, row i belongs to the i-th <see cref="LifeDomain"/>. Only domains
/// with something entered are submitted, so "Bitte schätzen Sie mindestens eine Lebenslage ein" still applies.
/// </summary>
public sealed class AssessmentForm
{
    public static readonly IReadOnlyList<LifeDomain> Domains = Enum.GetValues<LifeDomain>();

    public DateOnly? AssessedOn { get; set; }
    public List<DomainAssessment> Ratings { get; set; } = [];

    public sealed class DomainAssessment
    {
        public int? Rating { get; set; }
        public string? Situation { get; set; }
        public string? Resources { get; set; }
        public string? Need { get; set; }
        public string? ClientView { get; set; }

        public bool IsEmpty => Rating is null && new[] { Situation, Resources, Need, ClientView }.All(string.IsNullOrWhiteSpace);
    }

    public static AssessmentForm Empty(DateOnly today) => new AssessmentForm { AssessedOn = today }.Complete();

    /// <summary>A re-assessment starts from the last one: the case manager changes what changed.</summary>
    public static AssessmentForm From(AssessmentDto last, DateOnly today)
    {
        var form = Empty(today);
        foreach (var r in last.Ratings)
            form.Ratings[Index(r.Domain)] = new DomainAssessment
                { Rating = r.Rating, Situation = r.Situation, Resources = r.Resources, Need = r.Need, ClientView = r.ClientView };
        return form;
    }

    /// <summary>One row per life domain, whatever was posted.</summary>
    public AssessmentForm Complete()
    {
        while (Ratings.Count < Domains.Count) Ratings.Add(new DomainAssessment());
        if (Ratings.Count > Domains.Count) Ratings.RemoveRange(Domains.Count, Ratings.Count - Domains.Count);
        return this;
    }

    /// <param name="rowOf">Maps the handler's index in "ratings" back to the form row.</param>
    public AssessmentInput ToInput(int? version, out Func<string, int, int> rowOf)
    {
        Complete();
        var rows = Enumerable.Range(0, Domains.Count).Where(i => !Ratings[i].IsEmpty).ToList();
        rowOf = (_, index) => index < rows.Count ? rows[index] : index;
        return new AssessmentInput
        {
            Version = version,
            AssessedOn = AssessedOn,
            Ratings = rows.Select(i => new RatingInput
            {
                Domain = Domains[i],
                Rating = Ratings[i].Rating ?? 0,
                Situation = Clean(Ratings[i].Situation),
                Resources = Clean(Ratings[i].Resources),
                Need = Clean(Ratings[i].Need),
                ClientView = Clean(Ratings[i].ClientView)
            }).ToList()
        };
    }

    private static int Index(LifeDomain d) => Domains.ToList().IndexOf(d);
    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

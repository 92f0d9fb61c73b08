using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lotse.UnitTests.Pages;

/// <summary>How the page forms hand their rows to the handlers, and how the handlers' errors find their way back.</summary>
public class PageFormTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("firstName", "FirstName")]
    [InlineData("residenceStatuses[0].validUntil", "ResidenceStatuses[0].ValidUntil")]
    [InlineData("", "")]
    public void Handler_field_names_become_form_names(string handler, string form) =>
        Assert.Equal(form, FormErrors.FormKey(handler));

    [Fact]
    public void Empty_rows_are_left_out_and_errors_return_to_the_row_they_came_from()
    {
        var form = new ClientForm
        {
            FirstName = "Amanuel", LastName = "Tesfamariam", BirthDate = "1994", Nationalities = "eri, ETH;  eri",
            Languages = "Tigrinya, Kurdisch (Kurmandschi); Deutsch A2",
            NameVariants = [new(), new() { FirstName = "Emmanuel" }, new() { LastName = "Tesfa Mariam" }],
            ResidenceStatuses = [new(), new() { Type = ResidenceStatusType.Toleration }],
        };

        var input = form.ToInput(out var rows);

        Assert.Equal(["ERI", "ETH"], input.Nationalities);
        Assert.Equal(["Tigrinya", "Kurdisch (Kurmandschi)", "Deutsch A2"], input.Languages);
        Assert.Equal(2, input.NameVariants!.Count);
        Assert.Single(input.ResidenceStatuses!);
        Assert.Equal(1, rows.RowOf("nameVariants", 0));
        Assert.Equal(2, rows.RowOf("nameVariants", 1));
        Assert.Equal(1, rows.RowOf("residenceStatuses", 0));

        var modelState = new ModelStateDictionary();
        Error.Invalid("nameVariants[0].lastName", "Bitte geben Sie den Nachnamen der Schreibweise an.").AddToForm(modelState, "Input", rows.RowOf);
        Assert.Equal(["Input.NameVariants[1].LastName"], modelState.Keys);
    }

    [Fact]
    public void The_form_always_offers_an_empty_row_more()
    {
        var form = new ClientForm { NameVariants = [new() { LastName = "A" }, new() { LastName = "B" }, new() { LastName = "C" }] }.WithEmptyRows();

        Assert.Equal(4, form.NameVariants.Count);
        Assert.Single(form.ResidenceStatuses);
        Assert.Equal(2, form.Household.Count);

        form.WithEmptyRows(); // a refused submit renders again: no row more, one is empty already
        Assert.Equal(4, form.NameVariants.Count);
    }

    [Fact]
    public void The_duplicate_confirmation_belongs_to_what_was_checked()
    {
        var checkedForm = new ClientForm { FirstName = "Muhammad", LastName = "Alhasan", BirthDate = "14.02.1991" };
        var sameWithOtherCase = new ClientForm { FirstName = " muhammad", LastName = "ALHASAN ", BirthDate = "14.02.1991", PostalCode = "59999" };
        var otherPerson = new ClientForm { FirstName = "Muhammad", LastName = "Alhasan", BirthDate = "1991" };

        Assert.Equal(checkedForm.DuplicateCheckKey(), sameWithOtherCase.DuplicateCheckKey());
        Assert.NotEqual(checkedForm.DuplicateCheckKey(), otherPerson.DuplicateCheckKey());
    }

    [Fact]
    public void Only_assessed_life_domains_are_submitted_and_errors_map_back_to_their_domain()
    {
        var form = AssessmentForm.Empty(Today);
        form.Ratings[0].Rating = 3;                 // Wohnen
        form.Ratings[4].Need = "Facharzttermin";     // Gesundheit, not rated yet

        var input = form.ToInput(7, out var rowOf);

        Assert.Equal(7, input.Version);
        var ratings = Assert.IsType<List<RatingInput>>(input.Ratings);
        Assert.Equal([LifeDomain.Housing, LifeDomain.Health], ratings.Select(r => r.Domain!.Value));
        Assert.Equal(0, ratings[1].Rating); // the handler refuses it with its German message
        Assert.Equal(4, rowOf("ratings", 1));
    }

    [Theory]
    [InlineData("1990-05-20", "36 Jahre")]
    [InlineData("1990-12-24", "35 Jahre")]
    [InlineData("1990-11", "35 oder 36 Jahre")]
    [InlineData("1990-10", "36 Jahre")]
    [InlineData("1990", "35 oder 36 Jahre")]
    [InlineData("1990-01-01", "35 oder 36 Jahre")] // the registration offices' placeholder: only the year is known
    public void Age_from_a_partial_birth_date(string birth, string age) =>
        Assert.Equal(age, ClientDisplay.Age(birth, Today));
}

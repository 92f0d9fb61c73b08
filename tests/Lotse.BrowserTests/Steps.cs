using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Steps several tests need, done through the pages as a user would.</summary>
public static class Steps
{
    /// <summary>Registers a person (no duplicate expected) and returns their file.</summary>
    public static async Task<ClientFilePage> RegisterPersonAsync(IPage page, string firstName, string lastName, string birthDate, string? nationalities = null)
    {
        var form = await new ClientFormPage(page).GotoNewAsync();
        await form.FillPersonAsync(firstName, lastName, birthDate, nationalities);
        return await form.CreateAsync();
    }

    /// <summary>Registers a person and opens a case for them; the browser is then on the case page.</summary>
    public static async Task<(Guid ClientId, CasePage Case)> RegisterWithCaseAsync(IPage page, string firstName, string lastName, string birthDate)
    {
        var file = await RegisterPersonAsync(page, firstName, lastName, birthDate);
        var clientId = file.Id;
        return (clientId, await file.OpenCaseAsync());
    }
}

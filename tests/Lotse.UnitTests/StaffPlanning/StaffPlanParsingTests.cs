using Lotse.Web.Features.StaffPlanning;

namespace Lotse.UnitTests.StaffPlanning;

public class StaffPlanParsingTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("", 0)]
    [InlineData("420", 420)]
    [InlineData("1.234", 1234)]
    [InlineData("12.345.678", 12345678)]
    public void Counts(string cell, int expected) => Assert.Equal(expected, StaffPlans.ParseCount(cell));

    [Theory]
    [InlineData("-3")]
    [InlineData("12,5")]
    [InlineData("1.23")]
    [InlineData("zwölf")]
    [InlineData("99999999999")]
    public void Not_counts(string cell) => Assert.Null(StaffPlans.ParseCount(cell));
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseDueSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseDueSummaries",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenStepDueDates = table.Column<string>(type: "TEXT", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueItem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastAssessmentOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDueSummaries", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseDueSummaries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Maintained by triggers (Domain/Cases/CaseDueSummary.cs), then filled once from the existing cases.
            foreach (var statement in Lotse.Web.Domain.Cases.CaseDueSummarySql.SqliteTriggers.Split(Lotse.Web.Domain.Cases.CaseDueSummarySql.Separator))
                migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseDueSummarySql.SqliteDrop);
            migrationBuilder.DropTable(
                name: "CaseDueSummaries");
        }
    }
}

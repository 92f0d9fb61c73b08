using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
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
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenStepDueDates = table.Column<string>(type: "text", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextDueItem = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastAssessmentOn = table.Column<DateOnly>(type: "date", nullable: true)
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
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseDueSummarySql.PostgresTriggers);
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseDueSummarySql.PostgresRebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseDueSummarySql.PostgresDrop);
            migrationBuilder.DropTable(
                name: "CaseDueSummaries");
        }
    }
}

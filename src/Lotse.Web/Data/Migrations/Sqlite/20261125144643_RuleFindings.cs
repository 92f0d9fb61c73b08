using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RuleFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClientFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientFindings_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientRuleFacts",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LanguageLevel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LanguageLevelOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SchoolYearsInGermany = table.Column<int>(type: "INTEGER", nullable: true),
                    GermanQualification = table.Column<bool>(type: "INTEGER", nullable: true),
                    InVocationalTraining = table.Column<bool>(type: "INTEGER", nullable: true),
                    EmploymentHoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    EmployedSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LivelihoodSecured = table.Column<bool>(type: "INTEGER", nullable: true),
                    IdentityClarified = table.Column<bool>(type: "INTEGER", nullable: true),
                    OtherProgrammes = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientRuleFacts", x => x.ClientId);
                    table.ForeignKey(
                        name: "FK_ClientRuleFacts_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingRefreshRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingRefreshRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FindingRefreshRuns",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Clients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingRefreshRuns", x => x.Day);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientFindings_ClientId_RuleId",
                table: "ClientFindings",
                columns: new[] { "ClientId", "RuleId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientFindings");

            migrationBuilder.DropTable(
                name: "ClientRuleFacts");

            migrationBuilder.DropTable(
                name: "FindingRefreshRequests");

            migrationBuilder.DropTable(
                name: "FindingRefreshRuns");
        }
    }
}

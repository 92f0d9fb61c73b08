using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    LanguageLevel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LanguageLevelOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SchoolYearsInGermany = table.Column<int>(type: "integer", nullable: true),
                    GermanQualification = table.Column<bool>(type: "boolean", nullable: true),
                    InVocationalTraining = table.Column<bool>(type: "boolean", nullable: true),
                    EmploymentHoursPerWeek = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    EmployedSince = table.Column<DateOnly>(type: "date", nullable: true),
                    LivelihoodSecured = table.Column<bool>(type: "boolean", nullable: true),
                    IdentityClarified = table.Column<bool>(type: "boolean", nullable: true),
                    OtherProgrammes = table.Column<List<string>>(type: "text[]", nullable: true),
                    UpdatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingRefreshRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FindingRefreshRuns",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Clients = table.Column<int>(type: "integer", nullable: false)
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

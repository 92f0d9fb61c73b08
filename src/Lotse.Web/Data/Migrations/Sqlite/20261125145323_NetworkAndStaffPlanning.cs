using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NetworkAndStaffPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PartyIds = table.Column<string>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentSize = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LifeDomain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidenceStatusTypes = table.Column<string>(type: "TEXT", nullable: false),
                    TargetLanguages = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    MunicipalityIds = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    WaitingWeeks = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceChains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceChains", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetRatio = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailableFteTenths = table.Column<int>(type: "INTEGER", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementDocuments",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementDocuments", x => x.AgreementId);
                    table.ForeignKey(
                        name: "FK_AgreementDocuments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceStandards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResponsibleOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromEvent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ToEvent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetDuration = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetUnit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceStandards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceStandards_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceStandards_Organisations_ResponsibleOrganisationId",
                        column: x => x.ResponsibleOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffPlanCount",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffPlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffPlanCount", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffPlanCount_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffPlanCount_StaffPlans_StaffPlanId",
                        column: x => x.StaffPlanId,
                        principalTable: "StaffPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceChainSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChainId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponsibleOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetDuration = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetUnit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StandardId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceChainSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceChainSteps_Organisations_ResponsibleOrganisationId",
                        column: x => x.ResponsibleOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChainSteps_ServiceChains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "ServiceChains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceChainSteps_ServiceStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "ServiceStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ServiceChainObservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StandardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceChainObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceChainObservations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChainObservations_ServiceChainSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "ServiceChainSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceChainObservations_ServiceStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "ServiceStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_LifeDomain",
                table: "Offers",
                column: "LifeDomain");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OrganisationId",
                table: "Offers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Title_Id",
                table: "Offers",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChainObservations_OrganisationId",
                table: "ServiceChainObservations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChainObservations_StandardId",
                table: "ServiceChainObservations",
                column: "StandardId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChainObservations_StepId",
                table: "ServiceChainObservations",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChains_Name",
                table: "ServiceChains",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChainSteps_ChainId",
                table: "ServiceChainSteps",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChainSteps_ResponsibleOrganisationId",
                table: "ServiceChainSteps",
                column: "ResponsibleOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChainSteps_StandardId",
                table: "ServiceChainSteps",
                column: "StandardId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStandards_AgreementId",
                table: "ServiceStandards",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStandards_ResponsibleOrganisationId",
                table: "ServiceStandards",
                column: "ResponsibleOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffPlanCount_MunicipalityId",
                table: "StaffPlanCount",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffPlanCount_StaffPlanId",
                table: "StaffPlanCount",
                column: "StaffPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffPlans_ImportedAt",
                table: "StaffPlans",
                column: "ImportedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementDocuments");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "ServiceChainObservations");

            migrationBuilder.DropTable(
                name: "StaffPlanCount");

            migrationBuilder.DropTable(
                name: "ServiceChainSteps");

            migrationBuilder.DropTable(
                name: "StaffPlans");

            migrationBuilder.DropTable(
                name: "ServiceChains");

            migrationBuilder.DropTable(
                name: "ServiceStandards");

            migrationBuilder.DropTable(
                name: "Agreements");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConsentRevocationRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "TransmittedReferralIds",
                table: "Consents",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]"); // existing consents: nothing recorded
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TransmittedReferralIds",
                table: "Consents");
        }
    }
}

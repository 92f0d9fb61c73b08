using Lotse.Web.Features;
using Lotse.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddLotse();
var app = builder.Build();

// Operations commands (migrate, audit verify, bootstrap-admin) run and exit instead of serving.
if (LotseCommands.IsCommand(args))
    return await LotseCommands.RunAsync(app, args);

await app.InitialiseDatabaseAsync();
app.UseLotsePipeline();
app.MapLotseEndpoints();
app.Run();
return 0;

public partial class Program;

using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// A real ASP.NET Core app on TestServer: JWT bearer authentication with a test signing key, the kit's endpoints over
/// <see cref="StoredTestContext"/> on a real database, seeded with two counties (CA with township CA1, CB with CB1) under province P.
/// </summary>
public sealed class StoredHost : IAsyncDisposable
{
    public const string Issuer = "https://issuer.akit.test";
    public const string Audience = "akit-http-tests";

    public static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes("akit-http-tests-signing-key-0123456789abcdef"));
    public static readonly SymmetricSecurityKey ForgedKey = new(Encoding.UTF8.GetBytes("not-the-host-key-but-just-as-long-0123456789"));
    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 7, 1, 8, 0));
    public static readonly AssessmentQuarter Q2 = new(2026, 2);

    private readonly WebApplication _app;
    private readonly StoredDatabase _database;

    private StoredHost(WebApplication app, StoredDatabase database)
    {
        _app = app;
        _database = database;
    }

    /// <summary>A client of the started test server.</summary>
    public HttpClient Client => field ??= _app.GetTestClient();

    public bool IsPostgres => _database.IsPostgres;

    public static async Task<StoredHost> StartAsync(bool postgres)
    {
        var database = StoredDatabase.Create(postgres);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddDbContext<StoredTestContext>(o => Configure(database, o));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Audience,
                IssuerSigningKey = SigningKey,
                ClockSkew = TimeSpan.Zero,
            };
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAccountabilityKitHttp();
        builder.Services.AddSingleton<IClock>(Clock);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAccountabilityKit<StoredTestContext>();
        var host = new StoredHost(app, database);
        await using (var db = host.NewContext())
        {
            await db.Database.EnsureCreatedAsync();
            Seed(db);
            await db.SaveChangesAsync();
        }

        await app.StartAsync();
        return host;
    }

    /// <summary>A context of its own on the same database, to look at what is stored.</summary>
    public StoredTestContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<StoredTestContext>();
        Configure(_database, builder);
        return new StoredTestContext(builder.Options);
    }

    /// <summary>A signed token for <paramref name="unit"/> (no claim when null).</summary>
    public static string Token(string? unit, SecurityKey? key = null, string issuer = Issuer, string audience = Audience, DateTime? expires = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "tester" };
        if (unit is not null)
        {
            claims[AccountabilityKitHttpOptions.DefaultOrgUnitClaimType] = unit;
        }

        var until = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = until.AddMinutes(-20),
            NotBefore = until.AddMinutes(-20),
            Expires = until,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public static Finding Finding(string id, string unit, string description = "台账不全") =>
        new(id, new OrgUnitId(unit), Q2, FindingSource.QuarterlyInspection, "ledger", FindingSeverity.General, description);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _database.Dispose();
    }

    private static void Configure(StoredDatabase database, DbContextOptionsBuilder builder)
    {
        database.Configure(builder);
        builder.UseAccountabilityKit(history =>
        {
            history.Clock = Clock;
            history.Actor = new FixedActor(new PersonId("http-tester"));
        });
    }

    private static void Seed(StoredTestContext db)
    {
        db.AddRange(
            new OrgUnit(new OrgUnitId("P"), "省", UnitKind.Province),
            new OrgUnit(new OrgUnitId("CA"), "甲县", UnitKind.County, new OrgUnitId("P")),
            new OrgUnit(new OrgUnitId("CA1"), "甲县一镇", UnitKind.Township, new OrgUnitId("CA")),
            new OrgUnit(new OrgUnitId("CB"), "乙县", UnitKind.County, new OrgUnitId("P")),
            new OrgUnit(new OrgUnitId("CB1"), "乙县一镇", UnitKind.Township, new OrgUnitId("CB")));
        db.AddRange(
            Finding("F-A1", "CA1"),
            Finding("F-A2", "CA") with { RectificationDeadline = new LocalDate(2026, 3, 1) },
            Finding("F-B1", "CB1"));
        db.AddRange(StoredSamples.Checklists);
        db.AddRange(StoredSamples.Reviews);
        db.AddRange(StoredSamples.Cases);
        foreach (var unit in new[] { "CA1", "CB1" })
        {
            db.Add(new ScoreCard(new OrgUnitId(unit), Q2, "rs", "1", "townships", 96m, Grade.Excellent, "好", null, []));
        }

        foreach (var (caseId, region, unit) in new[] { ("K-A", "CA", "CA1"), ("K-B", "CB", "CB1") })
        {
            db.Add(new AccountabilityFact
            {
                CaseId = caseId,
                Region = new OrgUnitId(region),
                Unit = new OrgUnitId(unit),
                UnitKind = UnitKind.Township,
                Quarter = Q2,
                SubjectKind = SubjectKind.Organization,
                Form = AccountabilityForm.WrittenExamination,
                Organizations = 1,
                Subjects = 1,
                Cases = 1,
            });
        }
    }

    private sealed class FixedActor(PersonId person) : IHistoryActor
    {
        public PersonId? Current => person;
    }
}

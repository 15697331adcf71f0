using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using Npgsql;
using NpgsqlTypes;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Statistics;

/// <summary>
/// Bulk loading of accountability facts into PostgreSQL with Npgsql's binary COPY (the table and columns that
/// <c>ApplyAccountabilityKit</c> maps; the generated year column is computed by the server), and a deterministic
/// synthetic fact stream so the same rows can be fed to the in-memory engine without keeping a million objects.
/// </summary>
internal static class FactCopy
{
    private static readonly OrgUnitId[] Regions = [.. Enumerable.Range(0, 40).Select(i => new OrgUnitId($"R{i:D3}"))];

    /// <summary>The <paramref name="index"/>-th synthetic fact of a stream (pure function of the index).</summary>
    public static AccountabilityFact Synthetic(int index)
    {
        var h = unchecked((uint)index * 2654435761u);
        var cadre = h % 10 < 8;
        var typical = (index / 3) % 20 == 0;
        var unit = (int)((h >> 8) % 5000);
        return new AccountabilityFact
        {
            CaseId = $"C{index / 3}",
            Region = Regions[unit % Regions.Length],
            Unit = new OrgUnitId($"U{unit:D4}"),
            UnitKind = UnitKind.CountyDepartment,
            Quarter = new AssessmentQuarter(2016 + (int)((h >> 4) % 10), 1 + (int)((h >> 2) % 4)),
            SubjectKind = cadre ? SubjectKind.Cadre : SubjectKind.Organization,
            Form = (AccountabilityForm)((h >> 12) % 6),
            Adjustment = (h >> 16) % 5 == 0 ? OrganizationalAdjustmentKind.PostChange : null,
            IsTypical = typical,
            NoticeBatch = typical ? $"B{(h >> 20) % 40}" : null,
            Person = cadre ? new PersonId($"P{(h >> 6) % 200_000}") : null,
            Persons = cadre ? 1 : 0,
            Organizations = cadre ? 0 : 1,
            Cases = index % 3 == 0 ? 1 : 0,
            Subjects = 1,
            TypicalCases = index % 3 == 0 && typical ? 1 : 0,
        };
    }

    /// <summary>Copies <paramref name="facts"/> into <c>{prefix}accountability_fact</c>; returns the number of rows written.</summary>
    public static ulong Copy(string connectionString, IEnumerable<AccountabilityFact> facts, string table = "ak_accountability_fact")
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        ulong rows;
        using (var writer = connection.BeginBinaryImport(
            $"COPY {table} (\"CaseId\", \"Region\", \"Unit\", \"UnitKind\", \"Quarter\", \"SubjectKind\", \"Form\", \"Adjustment\", \"Sanction\", " +
            "\"Responsibility\", \"Circumstance\", \"IsTypical\", \"NoticeBatch\", \"Person\", \"Persons\", \"Organizations\", \"Cases\", \"Subjects\", \"TypicalCases\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var f in facts)
            {
                writer.StartRow();
                writer.Write(f.CaseId, NpgsqlDbType.Text);
                writer.Write(f.Region.Value, NpgsqlDbType.Text);
                writer.Write(f.Unit.Value, NpgsqlDbType.Text);
                writer.Write((int)f.UnitKind, NpgsqlDbType.Integer);
                writer.Write((f.Quarter.Year.Value * 10) + f.Quarter.Quarter, NpgsqlDbType.Integer);
                writer.Write((int)f.SubjectKind, NpgsqlDbType.Integer);
                writer.Write((int)f.Form, NpgsqlDbType.Integer);
                WriteNullable(writer, (int?)f.Adjustment);
                WriteNullable(writer, (int?)f.Sanction);
                WriteNullable(writer, (int?)f.Responsibility);
                WriteNullable(writer, (int?)f.Circumstance);
                writer.Write(f.IsTypical, NpgsqlDbType.Boolean);
                WriteNullable(writer, f.NoticeBatch);
                WriteNullable(writer, f.Person?.Value);
                writer.Write(f.Persons, NpgsqlDbType.Integer);
                writer.Write(f.Organizations, NpgsqlDbType.Integer);
                writer.Write(f.Cases, NpgsqlDbType.Integer);
                writer.Write(f.Subjects, NpgsqlDbType.Integer);
                writer.Write(f.TypicalCases, NpgsqlDbType.Integer);
            }

            rows = writer.Complete();
        }

        using var analyze = new NpgsqlCommand($"ANALYZE {table}", connection);
        analyze.ExecuteNonQuery();
        return rows;
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is not null)
        {
            writer.Write(value, NpgsqlDbType.Text);
        }
        else
        {
            writer.WriteNull();
        }
    }
}

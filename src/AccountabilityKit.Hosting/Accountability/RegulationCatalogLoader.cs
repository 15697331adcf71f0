using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting;

/// <summary>Builds the host's regulation-pack catalogue from <see cref="RegulationCatalogOptions"/>, and validates those options at start.</summary>
internal sealed class RegulationCatalogLoader : IValidateOptions<RegulationCatalogOptions>
{
    /// <summary>The logger category of the catalogue's events.</summary>
    public const string LoggerCategory = "AccountabilityKit.Hosting.RegulationPackCatalog";

    /// <summary>Loads every configured pack into a new catalogue; the problems of each source go to <paramref name="failures"/>.</summary>
    public static RegulationPackCatalog Load(RegulationCatalogOptions options, Action<string, ValidationReport> failures, Action<string, RegulationPack>? loaded = null)
    {
        var catalog = options.IncludeDefaults ? RegulationPackCatalog.CreateDefault() : RegulationPackCatalog.CreateEmpty();
        if (options.IncludeDefaults && loaded is not null)
        {
            foreach (var pack in catalog.Packs)
            {
                loaded("embedded", pack);
            }
        }

        void LoadOne(string source, string json)
        {
            if (RegulationPackJson.TryLoad(json, out var pack, out var report, catalog))
            {
                catalog.Add(pack);
                loaded?.Invoke(source, pack);
            }
            else
            {
                failures(source, report);
            }
        }

        for (var i = 0; i < options.PackJson.Count; i++)
        {
            LoadOne($"packJson[{i}]", options.PackJson[i] ?? string.Empty);
        }

        foreach (var file in options.PackFiles)
        {
            if (SourceFiles.TryRead(file, out var json, out var unreadable))
            {
                LoadOne(file, json);
            }
            else
            {
                failures(file, unreadable);
            }
        }

        return catalog;
    }

    /// <summary>The catalogue the host resolves: loaded once; an invalid pack fails with <see cref="ValidationFailedException"/> (and is logged).</summary>
    public static RegulationPackCatalog Create(RegulationCatalogOptions options, ILogger logger)
    {
        var problems = new List<ValidationIssue>();
        var catalog = Load(
            options,
            (source, report) =>
            {
                Log.RegulationPackRejected(
                    logger,
                    Catalog.Of(nameof(Messages.RegulationPackRejected), ("source", source), ("problems", report.ToString(null))),
                    source,
                    string.Join(',', report.Errors.Select(static i => i.Code)));
                problems.AddRange(report.Issues);
            },
            (source, pack) =>
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    Log.RegulationPackLoaded(
                        logger,
                        Catalog.Of(nameof(Messages.RegulationPackLoaded), ("source", source), ("pack", pack.Id), ("version", pack.RegulationVersion)),
                        source,
                        pack.Id,
                        pack.RegulationVersion);
                }
            });
        return problems.Count == 0 ? catalog : throw new ValidationFailedException(ValidationReport.From(problems));
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RegulationCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new OptionsFailures();
        Load(options, failures.Add);
        return failures.Result;
    }
}

namespace AccountabilityKit.Benchmarks;

/// <summary>The four measures of one group in the hand-written dictionary loops.</summary>
internal struct StatisticsAccumulator
{
    public long Entries;
    public long Persons;
    public long Organizations;
    public long TypicalCases;

    public void Add(in AccountabilityFactRow row)
    {
        Entries++;
        Persons += row.Persons;
        Organizations += row.Organizations;
        TypicalCases += row.TypicalCases;
    }

    public void Add(in StatisticsAccumulator other)
    {
        Entries += other.Entries;
        Persons += other.Persons;
        Organizations += other.Organizations;
        TypicalCases += other.TypicalCases;
    }

    public readonly StatisticsDigest AddTo(StatisticsDigest digest) => digest.Add(Entries, Persons, Organizations, TypicalCases);
}

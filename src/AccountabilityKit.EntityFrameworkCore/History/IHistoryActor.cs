using AccountabilityKit.People;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Who is saving, as the host knows it (the signed-in user of the request, the operator of a batch job): the ambient actor
/// recorded on every history entry the kit writes. Register one in <see cref="HistoryOptions.Actor"/>, resolved like the clock
/// (e.g. from the request's services).
/// </summary>
public interface IHistoryActor
{
    /// <summary>The person saving now, or <see langword="null"/> when nobody is known (the save is then refused).</summary>
    PersonId? Current { get; }
}

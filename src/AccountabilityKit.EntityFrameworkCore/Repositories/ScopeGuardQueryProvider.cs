using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

// EF1001: EntityQueryProvider is EF Core's internal provider. Deriving from it (rather than wrapping it) keeps every
// EF Core operator working on the scoped queryable — Include, AsNoTracking, TagWith check `Provider is
// EntityQueryProvider` and silently do nothing otherwise — while bulk updates and deletes pass through this guard.
#pragma warning disable EF1001

/// <summary>
/// The query provider of a <see cref="ScopedRepository{T}"/>'s scoped queryable: queries run as EF Core runs them, and an
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> built on it (by a subclass) runs inside a transaction (or a savepoint of the
/// caller's one) that is rolled back, with <see cref="DataScopeViolationException"/>, when it moved rows out of the scope:
/// after it, the scope must hold exactly the rows it held before, less the rows a delete removed.
/// </summary>
internal sealed class ScopeGuardQueryProvider(IQueryCompiler compiler, DbContext context, Type entityType, Func<CancellationToken, Task<int>> countInScope)
    : EntityQueryProvider(compiler)
{
    private const string Savepoint = "ak_scope_guard";

    /// <inheritdoc />
    public override TResult Execute<TResult>(Expression expression)
    {
        if (BulkKind(expression) is not { } delete || typeof(TResult) != typeof(int))
        {
            return base.Execute<TResult>(expression);
        }

        return (TResult)(object)GuardedAsync(delete, _ => Task.FromResult(base.Execute<int>(expression)), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public override TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken = default)
    {
        if (BulkKind(expression) is not { } delete || typeof(TResult) != typeof(Task<int>))
        {
            return base.ExecuteAsync<TResult>(expression, cancellationToken);
        }

        return (TResult)(object)GuardedAsync(delete, ct => base.ExecuteAsync<Task<int>>(expression, ct), cancellationToken);
    }

    /// <summary>True for ExecuteDelete, false for ExecuteUpdate, null for any other query.</summary>
    private static bool? BulkKind(Expression expression) => expression is MethodCallExpression call
        ? call.Method.Name switch
        {
            "ExecuteDelete" => true,
            "ExecuteUpdate" => false,
            _ => null,
        }
        : null;

    private async Task<int> GuardedAsync(bool delete, Func<CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        var ambient = context.Database.CurrentTransaction;
        IDbContextTransaction? own = null;
        if (ambient is null)
        {
            own = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ambient.CreateSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var before = await countInScope(cancellationToken).ConfigureAwait(false);
            var affected = await run(cancellationToken).ConfigureAwait(false);
            var after = await countInScope(cancellationToken).ConfigureAwait(false);
            if (after != (delete ? before - affected : before))
            {
                await UndoAsync(own, ambient, cancellationToken).ConfigureAwait(false);
                own = null;
                throw new DataScopeViolationException(entityType, null, Catalog.Of(
                    nameof(Messages.DataScopeBulkMovedRows), ("type", entityType.Name), ("before", before), ("after", after)));
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ambient!.ReleaseSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            }

            return affected;
        }
        catch (Exception) when (own is not null)
        {
            await own.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task UndoAsync(IDbContextTransaction? own, IDbContextTransaction? ambient, CancellationToken cancellationToken)
    {
        if (own is not null)
        {
            await own.RollbackAsync(cancellationToken).ConfigureAwait(false);
            await own.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await ambient!.RollbackToSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        }
    }
}
#pragma warning restore EF1001

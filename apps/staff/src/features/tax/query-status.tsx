import { Loading, QueryError } from "@yibao/ui";

interface QueryStatusProps {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: unknown;
    refetch: () => unknown;
  };
  /** What to say once the answer is in and holds nothing; null while it holds something. */
  empty?: string | null;
}

/** Where a read stands: loading, failed (with a retry), or in and empty. Its answer is the caller's. */
export function QueryStatus({ query, empty = null }: QueryStatusProps) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data && empty !== null ? <p className="empty-state">{empty}</p> : null}
    </>
  );
}

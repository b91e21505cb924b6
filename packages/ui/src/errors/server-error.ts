/**
 * What the server says went wrong, read from a tRPC error's `data` (see the API's error
 * formatter): a closed `domainCode`, field `issues`, and facts such as `lockedUntil`.
 * Anything that is not such an error (a dropped connection, a bug) becomes NETWORK or INTERNAL.
 */
export interface FieldIssue {
  path: string[];
  code: string;
}

export interface ServerErrorFacts {
  domainCode: string;
  httpStatus: number | null;
  issues: FieldIssue[];
  lockedUntil: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function readIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((issue) => {
    if (!isRecord(issue) || typeof issue.code !== "string" || !Array.isArray(issue.path)) return [];
    return [{ path: issue.path.map(String), code: issue.code }];
  });
}

export function readServerError(error: unknown): ServerErrorFacts {
  const data = isRecord(error) && isRecord(error.data) ? error.data : null;
  if (data && typeof data.domainCode === "string") {
    return {
      domainCode: data.domainCode,
      httpStatus: typeof data.httpStatus === "number" ? data.httpStatus : null,
      issues: readIssues(data.issues),
      lockedUntil: typeof data.lockedUntil === "string" ? data.lockedUntil : null,
    };
  }
  // fetch() rejects with a TypeError when the network is down; tRPC wraps it without `data`.
  const cause = isRecord(error) ? error.cause : undefined;
  const offline = error instanceof TypeError || cause instanceof TypeError;
  return {
    domainCode: offline ? "NETWORK" : "INTERNAL",
    httpStatus: null,
    issues: [],
    lockedUntil: null,
  };
}

/** A 4xx answer will not change by asking again; a dropped connection or a 5xx might. */
export function isWorthRetrying(error: unknown, failureCount: number): boolean {
  const { httpStatus } = readServerError(error);
  if (httpStatus !== null && httpStatus >= 400 && httpStatus < 500) return false;
  return failureCount < 2;
}

export function isUnauthenticated(error: unknown): boolean {
  return readServerError(error).domainCode === "UNAUTHENTICATED";
}

/** Reason codes of a zod parse, the same way the server reports them (custom issues carry their code as the message). */
export function issuesFromParse(
  issues: readonly { code: string; message: string; path: readonly PropertyKey[] }[],
): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String),
    code: issue.code === "custom" ? issue.message : issue.code,
  }));
}

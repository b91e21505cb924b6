import pino from "pino";

// Fields that hold a person's identity, a secret or a session, top-level or one level down.
const sensitiveFields = [
  "residentId",
  "idNumber",
  "phone",
  "password",
  "newPassword",
  "currentPassword",
  "otp",
  "token",
  "sessionToken",
];

/**
 * Redacted paths: a second net under the rule that requests are logged without bodies, query
 * strings or cookies. `code` is redacted at the top level and in inputs only (a one-time code):
 * `err.code` (ECONNREFUSED, P2002) is what an operator needs and holds nothing personal.
 */
export const redactedPaths = [
  ...sensitiveFields.flatMap((field) => [field, `*.${field}`]),
  "code",
  "input.code",
  "err.input",
  "err.cause.input",
  "headers.cookie",
  "headers.authorization",
  "req.headers.cookie",
  "req.headers.authorization",
];

/**
 * Structured logs. Requests are logged by method, path and status only — never bodies, query
 * strings or cookies, which is where ID numbers, passwords and sessions would travel.
 * `destination` defaults to standard output; tests pass their own.
 */
export function createLogger(level: pino.Level | "silent", destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      base: { service: "yibao" },
      redact: { paths: redactedPaths, censor: "[redacted]" },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;

import pino from "pino";

/**
 * Structured logs. Requests are logged by method, path and status only — never bodies, query
 * strings or cookies, which is where ID numbers, passwords and sessions would travel.
 */
export function createLogger(level: pino.Level | "silent") {
  return pino({
    level,
    base: { service: "yibao" },
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.residentId"],
      censor: "[redacted]",
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;

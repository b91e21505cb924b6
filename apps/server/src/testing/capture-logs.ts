import { createLogger, type Logger } from "../logger";

export interface CapturedLogs {
  logger: Logger;
  /** Every line logged so far, parsed. */
  lines(): Array<Record<string, unknown>>;
}

/** A real logger at `level` that keeps its JSON lines in memory instead of writing them out. */
export function captureLogs(level: Parameters<typeof createLogger>[0] = "info"): CapturedLogs {
  const written: string[] = [];
  const logger = createLogger(level, { write: (line: string) => written.push(line) });
  return {
    logger,
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/**
 * The server's clock as this device sees it. Session deadlines are the server's times, and the
 * clocks of counter PCs and phones are often minutes or hours off: measured from each answer's
 * `Date` header, so a wrong device clock neither ends a session early nor hides the warning.
 */
let offsetMs = 0;

/** Records the server's `Date` header of an answer received at `receivedAtMs` (device time). */
export function recordServerDate(
  dateHeader: string | null,
  receivedAtMs: number = Date.now(),
): void {
  if (!dateHeader) return;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return;
  const measured = serverMs - receivedAtMs;
  // The header has whole seconds and the answer took a moment to arrive: ignore such small gaps.
  offsetMs = Math.abs(measured) < 2_000 ? 0 : measured;
}

/** Now, on the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

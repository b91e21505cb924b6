const keyPrefix = "yibao.employer.submit.";

/**
 * The idempotency key of a batch's submit, made once and kept on this device (localStorage), so
 * that a double click, a retry after a timeout or a reload of the page sends the same key and the
 * server applies the submit once. Without storage (private browsing) it lives as long as the page.
 */
export function submitKeyOf(batchId: string): string {
  const name = `${keyPrefix}${batchId}`;
  const kept = readKey(name);
  if (kept) return kept;
  const key = crypto.randomUUID();
  pageKeys.set(name, key);
  try {
    localStorage.setItem(name, key);
  } catch {
    // Kept for this page only.
  }
  return key;
}

/** Forgets the key once the batch is submitted: the server answers any repeat by the batch itself. */
export function forgetSubmitKey(batchId: string): void {
  const name = `${keyPrefix}${batchId}`;
  pageKeys.delete(name);
  try {
    localStorage.removeItem(name);
  } catch {
    // Nothing was kept.
  }
}

const pageKeys = new Map<string, string>();

function readKey(name: string): string | null {
  try {
    return localStorage.getItem(name) ?? pageKeys.get(name) ?? null;
  } catch {
    return pageKeys.get(name) ?? null;
  }
}

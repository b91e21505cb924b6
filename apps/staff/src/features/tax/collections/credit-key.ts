const prefix = "yibao.tax.credit-key.";
// The keys made on this page, for a browser whose storage refuses them (a full quota).
const pageKeys = new Map<string, string>();

function stored(name: string): string | null {
  try {
    return sessionStorage.getItem(name);
  } catch {
    return null;
  }
}

/**
 * The idempotency key for crediting one collection: made the first time it is asked for and kept
 * in this tab's session storage, so that a retry — after a lost answer, even after a reload —
 * sends the same key and the server credits once.
 */
export function creditKeyFor(collectionId: string): string {
  const name = `${prefix}${collectionId}`;
  const kept = stored(name) ?? pageKeys.get(name);
  if (kept) return kept;
  const made = crypto.randomUUID();
  pageKeys.set(name, made);
  try {
    sessionStorage.setItem(name, made);
  } catch {
    // Kept for the page's life only.
  }
  return made;
}

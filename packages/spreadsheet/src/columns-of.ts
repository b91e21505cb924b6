/** Where each expected column is, or which required ones are missing or appear twice. */
export type HeaderColumns<Required extends string, Optional extends string> =
  | { ok: true; index: Record<Required, number> & Partial<Record<Optional, number>> }
  | { ok: false; missing: Required[]; duplicated: Array<Required | Optional> };

/**
 * How a header cell is compared with an expected name: templates mark required columns with an
 * asterisk (`*姓名`, `姓名＊`), and people type spaces inside names (`身份证 号码`).
 */
function headerKey(text: string): string {
  return text.replace(/[\s*＊]/g, "").toLowerCase();
}

/**
 * Finds the expected columns in a header by name, in any order. Missing required columns and
 * expected names that head two columns (which one would be meant?) are all reported at once,
 * so that the caller can name every expected column in one message.
 */
export function columnsOf<Required extends string, Optional extends string = never>(
  header: readonly string[],
  columns: { required: readonly Required[]; optional?: readonly Optional[] },
): HeaderColumns<Required, Optional> {
  const positions = new Map<string, number[]>();
  header.forEach((text, position) => {
    const key = headerKey(text);
    if (key === "") return;
    positions.set(key, [...(positions.get(key) ?? []), position]);
  });

  const index: Partial<Record<Required | Optional, number>> = {};
  const missing: Required[] = [];
  const duplicated: Array<Required | Optional> = [];
  const find = (name: Required | Optional, required: boolean) => {
    const found = positions.get(headerKey(name)) ?? [];
    if (found.length > 1) duplicated.push(name);
    else if (found[0] !== undefined) index[name] = found[0];
    else if (required) missing.push(name as Required);
  };
  for (const name of columns.required) find(name, true);
  for (const name of columns.optional ?? []) find(name, false);

  if (missing.length > 0 || duplicated.length > 0) return { ok: false, missing, duplicated };
  // Every required name was found exactly once, so `index` holds each of them.
  return { ok: true, index: index as Record<Required, number> & Partial<Record<Optional, number>> };
}

/**
 * The positions of rows that name the same person as an earlier row of the file (by normalised
 * ID number): the first stays as it is, each later one is a DUPLICATE_IN_FILE, so that a row
 * pasted twice costs one fix.
 */
export function markDuplicateRows(residentIds: readonly (string | null)[]): Set<number> {
  const seen = new Set<string>();
  const duplicates = new Set<number>();
  residentIds.forEach((id, position) => {
    if (id === null) return;
    if (seen.has(id)) duplicates.add(position);
    else seen.add(id);
  });
  return duplicates;
}

/**
 * Hides the birth date (characters 7–14) of a resident ID number: `110105********002X`
 * (DOMAIN.md, "Identifiers"). Anything that is not 18 characters long is not a well-formed number,
 * so where its birth date would sit is unknown: it is masked whole.
 */
export function maskResidentId(id: string): string {
  // Typed forms of the same number (spaces around it, a lower-case x) mask alike.
  const normalized = id.trim().toUpperCase();
  if (normalized.length !== 18) return "*".repeat(normalized.length);
  return `${normalized.slice(0, 6)}********${normalized.slice(14)}`;
}

/**
 * Hides the birth date (characters 7–14) of a resident ID number: `110105********002X`
 * (DOMAIN.md, "Identifiers"). Anything that is not 18 characters long is not a well-formed number,
 * so where its birth date would sit is unknown: it is masked whole.
 */
export function maskResidentId(id: string): string {
  if (id.length !== 18) return "*".repeat(id.length);
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

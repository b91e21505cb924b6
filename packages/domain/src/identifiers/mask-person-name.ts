/**
 * A name as an outsider may see it (an institution's operator, a printed list): the first and,
 * for names of three characters or more, the last character, the rest as `*` — 李*兰, 王*, 欧**明.
 * Enough for the person at the counter to recognise their own name (PIPL art. 6: no more than the
 * purpose needs). Counted in characters, not UTF-16 units.
 */
export function maskPersonName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length <= 1) return "*";
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${"*".repeat(characters.length - 2)}${characters.at(-1)}`;
}

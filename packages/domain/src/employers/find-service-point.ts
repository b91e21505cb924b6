export interface NamedServicePoint {
  id: string;
  code: string;
  name: string;
}

/** Spaces and brackets' contents say nothing about which point is meant: 城关街道 （东门） = 城关街道. */
function key(text: string): string {
  return text
    .replace(/[(（][^)）]*[)）]/g, "")
    .replace(/\s/g, "")
    .toUpperCase();
}

/**
 * The county's service point a row's free text names (the employer issue: 服务点 is free text, a
 * warning when it names none): its code or its name, or a part of the name of at least two
 * characters that fits one point only (城关街道 → 城关街道医保服务点). Null when it names none, or
 * more than one.
 */
export function findServicePoint<P extends NamedServicePoint>(
  text: string,
  servicePoints: readonly P[],
): P | null {
  const wanted = key(text);
  if (wanted === "") return null;
  const exact = servicePoints.filter(
    (point) => key(point.code) === wanted || key(point.name) === wanted,
  );
  if (exact.length === 1) return exact[0] ?? null;
  if (wanted.length < 2) return null;
  const partial = servicePoints.filter((point) => key(point.name).includes(wanted));
  return partial.length === 1 ? (partial[0] ?? null) : null;
}

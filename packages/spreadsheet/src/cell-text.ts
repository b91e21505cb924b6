/**
 * A cell's text as a person reads it: the ideographic space (U+3000, what a Chinese input method
 * types as a "full-width" space) and the no-break space become plain spaces, zero-width
 * characters (pasted from web pages and chat apps) go, and the ends are trimmed.
 */
export function cellText(raw: string): string {
  return raw
    .replace(/[\u3000\u00A0]/g, " ")
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .trim();
}

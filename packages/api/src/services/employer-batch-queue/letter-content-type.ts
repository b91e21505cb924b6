/** The kinds of file a letter of introduction may be (the employer issue: PDF, JPEG or PNG). */
export type LetterContentType = "application/pdf" | "image/jpeg" | "image/png";

const signatures: ReadonlyArray<{ type: LetterContentType; bytes: readonly number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * What a letter's first bytes say it is, or null for anything else. Its name is the sender's
 * claim and is not asked: the type the browser is told comes from here alone, so that a file
 * that is not a PDF or an image is never rendered as one (or as a page).
 */
export function letterContentTypeOf(bytes: Uint8Array): LetterContentType | null {
  const match = signatures.find((signature) =>
    signature.bytes.every((byte, index) => bytes[index] === byte),
  );
  return match?.type ?? null;
}

import { z } from "zod";

/** The forms a letter of introduction (单位介绍信) is accepted in: a PDF, or a photo or scan of it. */
export const letterFileTypes = ["PDF", "JPEG", "PNG"] as const;
export const letterFileTypeSchema = z.enum(letterFileTypes);
export type LetterFileType = (typeof letterFileTypes)[number];

export const letterRejections = ["NOT_PDF_OR_IMAGE", "TOO_LARGE"] as const;
export const letterRejectionSchema = z.enum(letterRejections);
export type LetterRejection = (typeof letterRejections)[number];

const signatures: ReadonlyArray<readonly [LetterFileType, readonly number[]]> = [
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/**
 * Checks an uploaded letter of introduction: its type from its first bytes (the file's name is
 * what the sender claims and is not asked), then its size.
 */
export function checkLetterOfIntroduction(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; type: LetterFileType } | { ok: false; reason: LetterRejection } {
  const match = signatures.find(([, signature]) =>
    signature.every((byte, index) => bytes[index] === byte),
  );
  if (!match) return { ok: false, reason: "NOT_PDF_OR_IMAGE" };
  if (bytes.byteLength > maxBytes) return { ok: false, reason: "TOO_LARGE" };
  return { ok: true, type: match[0] };
}

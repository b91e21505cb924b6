import { z } from "zod";

export const cardPhotoRejections = [
  "NOT_JPEG",
  "UNREADABLE",
  "WRONG_DIMENSIONS",
  "TOO_SMALL_FILE",
  "TOO_LARGE_FILE",
] as const;
export const cardPhotoRejectionSchema = z.enum(cardPhotoRejections);
export type CardPhotoRejection = (typeof cardPhotoRejections)[number];

export interface CardPhotoLimits {
  width: number;
  height: number;
  minBytes: number;
  maxBytes: number;
}

/** DOMAIN.md, "Photos": a JPEG of 358 × 441 px, commonly 5–50 KB. */
export const defaultCardPhotoLimits: CardPhotoLimits = {
  width: 358,
  height: 441,
  minBytes: 5_000,
  maxBytes: 50_000,
};

export type CardPhotoResult =
  | { ok: true; width: number; height: number }
  | { ok: false; reason: "NOT_JPEG" | "UNREADABLE" }
  | { ok: false; reason: "WRONG_DIMENSIONS"; width: number; height: number }
  | { ok: false; reason: "TOO_SMALL_FILE" | "TOO_LARGE_FILE"; byteLength: number };

const SOF0 = 0xc0; // baseline
const SOF2 = 0xc2; // progressive
const SOS = 0xda;
const EOI = 0xd9;

/** Markers that stand alone, without a length (ITU-T T.81, B.1.1.3): TEM and RST0–RST7. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/**
 * Width and height from a JPEG's frame header, walking the marker segments after SOI (ITU-T T.81,
 * B.2); null if the segments end, break off or reach the scan before a baseline or progressive
 * frame header. Other frame types (lossless, arithmetic-coded) are not photos a card printer takes.
 */
function frameSizeOf(bytes: Uint8Array): { width: number; height: number } | null {
  let offset = 2;
  while (offset + 1 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    // A marker may be preceded by any number of 0xFF fill bytes.
    let markerAt = offset + 1;
    while (bytes[markerAt] === 0xff) markerAt += 1;
    const marker = bytes[markerAt];
    if (marker === undefined || marker === 0x00) return null;
    if (isStandalone(marker)) {
      offset = markerAt + 1;
      continue;
    }
    if (marker === SOS || marker === EOI) return null;
    const length = ((bytes[markerAt + 1] ?? 0) << 8) | (bytes[markerAt + 2] ?? 0);
    if (length < 2 || markerAt + 1 + length > bytes.length) return null;
    if (marker === SOF0 || marker === SOF2) {
      if (length < 8) return null;
      // Segment: length (2), sample precision (1), lines = height (2), samples per line = width (2).
      const height = ((bytes[markerAt + 4] ?? 0) << 8) | (bytes[markerAt + 5] ?? 0);
      const width = ((bytes[markerAt + 6] ?? 0) << 8) | (bytes[markerAt + 7] ?? 0);
      // A height of 0 defers it to a DNL segment after the first scan; no camera writes that.
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return null;
    }
    offset = markerAt + 1 + length;
  }
  return null;
}

/**
 * Checks a card photo's bytes (DOMAIN.md, "Photos"): the type from the content — a JPEG starts
 * with SOI and a marker, FF D8 FF — never from the file name; the pixel size from the frame
 * header; then the file size. One reason, the first that fails, in that order.
 */
export function checkCardPhoto(
  bytes: Uint8Array,
  limits: CardPhotoLimits = defaultCardPhotoLimits,
): CardPhotoResult {
  if (bytes.length < 3 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) {
    return { ok: false, reason: "NOT_JPEG" };
  }
  const size = frameSizeOf(bytes);
  if (size === null) return { ok: false, reason: "UNREADABLE" };
  if (size.width !== limits.width || size.height !== limits.height) {
    return { ok: false, reason: "WRONG_DIMENSIONS", ...size };
  }
  if (bytes.length < limits.minBytes) {
    return { ok: false, reason: "TOO_SMALL_FILE", byteLength: bytes.length };
  }
  if (bytes.length > limits.maxBytes) {
    return { ok: false, reason: "TOO_LARGE_FILE", byteLength: bytes.length };
  }
  return { ok: true, ...size };
}

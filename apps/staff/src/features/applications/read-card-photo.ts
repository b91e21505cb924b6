import { type CardPhotoResult, checkCardPhoto } from "@yibao/domain";

export type ReadPhoto =
  | { ok: true; base64: string; dataUrl: string }
  | { ok: false; result: Exclude<CardPhotoResult, { ok: true }> };

/** Base64 of bytes, in slices, since String.fromCharCode takes a bounded number of arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * The studio photo the clerk attached, checked with the same rule as the server (a JPEG of
 * 358 × 441 px, 5–50 KB; DOMAIN.md "Photos") before anything is sent.
 */
export async function readCardPhoto(file: Blob): Promise<ReadPhoto> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = checkCardPhoto(bytes);
  if (!result.ok) return { ok: false, result };
  const base64 = toBase64(bytes);
  return { ok: true, base64, dataUrl: `data:image/jpeg;base64,${base64}` };
}

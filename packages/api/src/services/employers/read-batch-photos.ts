import {
  type BatchFileErrorCode,
  type CardPhotoLimits,
  type CardPhotoRejection,
  checkCardPhoto,
  employerBatchLimits,
  residentIdOfPhotoEntry,
} from "@yibao/domain";
import { readZipArchive } from "@yibao/spreadsheet";

export type BatchPhoto =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; width: number; height: number }
  | { ok: false; reason: CardPhotoRejection };

export type BatchPhotos =
  | { ok: true; photos: Map<string, BatchPhoto> }
  | { ok: false; code: Extract<BatchFileErrorCode, `PHOTO_ARCHIVE_${string}`> };

/**
 * The photos of a batch's zip, by the ID number each is named after (`<身份证号码>.jpg`), each
 * checked like a card photo (`checkCardPhoto`, the county's size limits). The zip is read by the
 * guarded reader: bounded entries and sizes, a capped inflate; an entry past the largest photo
 * allowed is not inflated at all. Entries of any other name belong to no row and are skipped.
 */
export async function readBatchPhotos(
  bytes: Uint8Array,
  limits: CardPhotoLimits,
): Promise<BatchPhotos> {
  const reading = await readZipArchive(
    bytes,
    {
      maxEntries: employerBatchLimits.photoArchiveMaxEntries,
      maxEntryBytes: limits.maxBytes,
      maxInflatedBytes: employerBatchLimits.photoArchiveMaxInflatedBytes,
    },
    (name) => residentIdOfPhotoEntry(name) !== null,
  );
  if (!reading.ok) {
    return {
      ok: false,
      code:
        reading.code === "COMPRESSION_BOMB"
          ? "PHOTO_ARCHIVE_TOO_LARGE"
          : "PHOTO_ARCHIVE_UNREADABLE",
    };
  }
  const photos = new Map<string, BatchPhoto>();
  for (const entry of reading.entries) {
    const residentId = residentIdOfPhotoEntry(entry.name);
    // The first of two photos named alike is the row's.
    if (residentId === null || photos.has(residentId)) continue;
    if ("tooLarge" in entry) {
      photos.set(residentId, { ok: false, reason: "TOO_LARGE_FILE" });
      continue;
    }
    const checked = checkCardPhoto(entry.bytes, limits);
    photos.set(
      residentId,
      checked.ok
        ? {
            ok: true,
            bytes: new Uint8Array(entry.bytes),
            width: checked.width,
            height: checked.height,
          }
        : { ok: false, reason: checked.reason },
    );
  }
  return { ok: true, photos };
}

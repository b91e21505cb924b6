import yauzl from "yauzl";
import { sniffContent } from "./sniff-content";

export interface ZipArchiveLimits {
  /** The most entries the central directory may list. */
  maxEntries: number;
  /** An entry larger than this (declared, or in fact) is not inflated past it: `tooLarge`. */
  maxEntryBytes: number;
  /** The most all inflated entries may add up to, declared or in fact. */
  maxInflatedBytes: number;
}

/** One file of the archive: its bytes, or that it is larger than the limit (never inflated past it). */
export type ZipArchiveEntry =
  | { name: string; bytes: Uint8Array }
  | { name: string; tooLarge: true };

export type ZipArchiveReading =
  | { ok: true; entries: ZipArchiveEntry[] }
  | { ok: false; code: "NOT_A_ZIP" | "UNREADABLE" | "ENCRYPTED" | "COMPRESSION_BOMB" };

// As for workbooks (unpack-workbook.ts): more than 100:1 on an entry past 1 MB is no photo.
const maxRatio = 100;
const ratioFloor = 1024 * 1024;

async function inflateEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  limits: ZipArchiveLimits,
  budget: { left: number },
): Promise<Uint8Array | "tooLarge" | "COMPRESSION_BOMB" | "UNREADABLE"> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      budget.left -= chunk.length;
      if (budget.left < 0) return "COMPRESSION_BOMB";
      if (size > limits.maxEntryBytes) {
        stream.destroy();
        return "tooLarge";
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return error instanceof Error && error.message.includes("too many bytes")
      ? "COMPRESSION_BOMB"
      : "UNREADABLE";
  }
  const joined = Buffer.concat(chunks, size);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}

/**
 * Reads the files of a zip that someone outside sent (an employer's photos), in bounded time and
 * memory, the way `readSpreadsheet` opens a workbook: the type from the first bytes, the central
 * directory first (entry count, declared sizes, ratios), then each wanted entry inflated with a
 * running count, because declared sizes can lie. Folders and entries `wanted` turns down are not
 * inflated. Known problems are answered as a code, never thrown.
 */
export async function readZipArchive(
  bytes: Uint8Array,
  limits: ZipArchiveLimits,
  wanted: (name: string) => boolean = () => true,
): Promise<ZipArchiveReading> {
  if (sniffContent(bytes) !== "zip") return { ok: false, code: "NOT_A_ZIP" };
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true },
    );
  } catch {
    return { ok: false, code: "UNREADABLE" };
  }
  try {
    if (zip.entryCount > limits.maxEntries) return { ok: false, code: "COMPRESSION_BOMB" };
    const chosen: yauzl.Entry[] = [];
    const names = new Set<string>();
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        // Two entries of one name: which one is meant is anyone's guess.
        if (names.has(entry.fileName)) return { ok: false, code: "UNREADABLE" };
        names.add(entry.fileName);
        if (entry.fileName.endsWith("/") || !wanted(entry.fileName)) continue;
        if (entry.isEncrypted()) return { ok: false, code: "ENCRYPTED" };
        const ratioTooHigh = entry.uncompressedSize > entry.compressedSize * maxRatio;
        if (entry.uncompressedSize > ratioFloor && ratioTooHigh) {
          return { ok: false, code: "COMPRESSION_BOMB" };
        }
        declared += Math.min(entry.uncompressedSize, limits.maxEntryBytes + 1);
        if (declared > limits.maxInflatedBytes) return { ok: false, code: "COMPRESSION_BOMB" };
        chosen.push(entry);
      }
    } catch {
      return { ok: false, code: "UNREADABLE" };
    }

    const budget = { left: limits.maxInflatedBytes };
    const entries: ZipArchiveEntry[] = [];
    for (const entry of chosen) {
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        entries.push({ name: entry.fileName, tooLarge: true });
        continue;
      }
      const inflated = await inflateEntry(zip, entry, limits, budget);
      if (inflated === "COMPRESSION_BOMB" || inflated === "UNREADABLE") {
        return { ok: false, code: inflated };
      }
      entries.push(
        inflated === "tooLarge"
          ? { name: entry.fileName, tooLarge: true }
          : { name: entry.fileName, bytes: inflated },
      );
    }
    return { ok: true, entries };
  } finally {
    zip.close();
  }
}

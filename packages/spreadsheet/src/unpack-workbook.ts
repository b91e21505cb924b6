import yauzl from "yauzl";
import { FormulaScanner } from "./formula-scanner";
import type { SpreadsheetProblemCode } from "./spreadsheet-problem-codes";

export interface WorkbookLimits {
  /** The most that all entries together may inflate to, by their declared sizes and in fact. */
  maxInflatedBytes: number;
}

export type UnpackedWorkbook =
  | { ok: true; parts: Record<string, Uint8Array> }
  | { ok: false; code: SpreadsheetProblemCode };

// An .xlsx holds a few dozen entries; tens of thousands is a zip built to exhaust the reader.
const maxEntries = 10_000;
// Apache POI's ZipSecureFile refuses entries that inflate more than 100 times (its
// MIN_INFLATE_RATIO of 0.01); small entries are let through, as it does, because XML of a few
// repeated rows can compress that well without harm.
const maxRatio = 100;
const ratioFloor = 1024 * 1024;

/** The entries read-excel-file reads (its filterZipArchiveEntry): the only ones inflated. */
function isReadPart(fileName: string): boolean {
  return fileName.endsWith(".xml") || fileName.endsWith(".xml.rels");
}

function failure(code: SpreadsheetProblemCode): UnpackedWorkbook {
  return { ok: false, code };
}

/**
 * Inflates one entry with a running count: yauzl stops at the declared size (its
 * validateEntrySizes), the budget stops the whole workbook, whatever the headers claim.
 */
async function inflate(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  budget: { left: number },
): Promise<Buffer | SpreadsheetProblemCode> {
  const scanner = new FormulaScanner();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > entry.uncompressedSize || budget.left < 0) return "COMPRESSION_BOMB";
      scanner.write(chunk);
      if (scanner.verdict === "formula") return "FORMULA_PRESENT";
      chunks.push(chunk);
    }
  } catch (error) {
    // yauzl's words when an entry inflates past the size its headers declared.
    return error instanceof Error && error.message.includes("too many bytes")
      ? "COMPRESSION_BOMB"
      : "UNREADABLE";
  }
  scanner.end();
  if (scanner.verdict === "formula") return "FORMULA_PRESENT";
  if (scanner.verdict === "unreadable") return "UNREADABLE";
  return Buffer.concat(chunks, size);
}

/**
 * Opens an .xlsx's zip in bounded time and memory, before any parser sees it: the central
 * directory first (entry count, declared sizes, ratios), then each XML part inflated under a
 * budget and scanned for formulas on the way. Answers the inflated parts, which are exactly what
 * was measured and scanned.
 */
export async function unpackWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits,
): Promise<UnpackedWorkbook> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true },
    );
  } catch {
    return failure("UNREADABLE");
  }
  try {
    if (zip.entryCount > maxEntries) return failure("COMPRESSION_BOMB");
    const entries: yauzl.Entry[] = [];
    const names = new Set<string>();
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        // Two entries of one name: which one a reader takes is up to the reader.
        if (names.has(entry.fileName)) return failure("UNREADABLE");
        names.add(entry.fileName);
        if (entry.isEncrypted()) return failure("ENCRYPTED");
        declared += entry.uncompressedSize;
        if (declared > limits.maxInflatedBytes) return failure("COMPRESSION_BOMB");
        const ratioTooHigh = entry.uncompressedSize > entry.compressedSize * maxRatio;
        if (entry.uncompressedSize > ratioFloor && ratioTooHigh) {
          return failure("COMPRESSION_BOMB");
        }
        if (isReadPart(entry.fileName)) entries.push(entry);
      }
    } catch {
      return failure("UNREADABLE");
    }
    // A .docx, an .ods or any other zip has no workbook.
    if (!names.has("xl/workbook.xml")) return failure("NOT_A_SPREADSHEET");

    const budget = { left: limits.maxInflatedBytes };
    const parts: Record<string, Uint8Array> = {};
    for (const entry of entries) {
      const inflated = await inflate(zip, entry, budget);
      if (typeof inflated === "string") return failure(inflated);
      parts[entry.fileName] = inflated;
    }
    return { ok: true, parts };
  } finally {
    zip.close();
  }
}

import { residentIdCheckCharacter } from "@yibao/domain";
import { buildXlsx, textCell, worksheet } from "@yibao/spreadsheet/test-files";
import { zipSync } from "fflate";
import type { ApiContext } from "../context";
import { receiveUpload } from "../services/uploads/receive-upload";

// Test support for employers' batches: the files an employer sends, made in the tests.

/**
 * A valid ID number nobody in the demo county holds, the `n`-th (up to 27,999): born in March 2003,
 * a day for each thousand.
 */
export function newResidentId(n: number): string {
  const day = String(1 + Math.floor(n / 1000)).padStart(2, "0");
  const body = `530125200303${day}${String(n % 1000).padStart(3, "0")}`;
  return `${body}${residentIdCheckCharacter(body)}`;
}

/** A cell the sheet stores as a number, as Excel does with a long ID typed into a General cell. */
export function numberCell(ref: string, value: string): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}

const columnLetters = "ABCDEFGHIJ";

/**
 * An .xlsx of the given rows under the template's header (or `header`), row 1 the header and
 * the rows numbered from 2; a row may give a cell as raw XML (`{ xml }`, e.g. a number) and
 * `null` for a row left blank.
 */
export function batchSheet(
  rows: ReadonlyArray<ReadonlyArray<string | { xml: (ref: string) => string }> | null>,
  header: readonly string[] = ["姓名", "身份证号码", "手机号码", "服务点"],
): Uint8Array {
  const line = (number: number, cells: ReadonlyArray<string | { xml: (ref: string) => string }>) =>
    `<row r="${number}">${cells
      .map((cell, index) => {
        const ref = `${columnLetters[index]}${number}`;
        return typeof cell === "string" ? (cell === "" ? "" : textCell(ref, cell)) : cell.xml(ref);
      })
      .join("")}</row>`;
  const body = [line(1, header)];
  rows.forEach((cells, index) => {
    if (cells) body.push(line(index + 2, cells));
  });
  return buildXlsx({
    sheets: [{ name: "Sheet1", xml: worksheet(`<sheetData>${body.join("")}</sheetData>`) }],
  });
}

function segment(marker: number, body: readonly number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/** A JPEG's headers of the given size, padded to `totalBytes`: what the photo rule reads. */
export function jpegOf(width: number, height: number, totalBytes = 20_000): Uint8Array {
  const head = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
  ];
  const bytes = new Uint8Array(Math.max(totalBytes, head.length + 2));
  bytes.set(head);
  // Not a run of zeros, which would compress like a bomb: a photo's bytes hardly compress.
  for (let index = head.length; index < bytes.length - 2; index++)
    bytes[index] = (index * 73) % 251;
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

/** A zip of photos by entry name, stored as a phone's file manager would zip them. */
export function photoZip(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync(entries, { level: 6 });
}

/** Sends a file as POST /uploads does for the signed-in caller of `context`; answers its id. */
export async function uploadAs(
  context: ApiContext,
  bytes: Uint8Array,
  fileName: string,
): Promise<string> {
  const { uploadId } = await receiveUpload(context, {
    bytes,
    fileName: encodeURIComponent(fileName),
  });
  return uploadId;
}

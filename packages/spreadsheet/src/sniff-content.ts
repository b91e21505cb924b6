/** What the first bytes say a file is; its name is what a person claims and is not asked. */
export type ContentKind = "zip" | "ole2" | "encrypted-ooxml" | "not-a-spreadsheet" | "text";

const zipLocalFile = [0x50, 0x4b, 0x03, 0x04];
// The OLE2 compound file signature (MS-CFB 2.2): Excel 97–2003 .xls, and Office's password-
// protected files of every kind.
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const notSpreadsheets = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x05, 0x06], // an empty zip
];
// An encrypted .xlsx is an OLE2 file holding the stream "EncryptedPackage" (MS-OFFCRYPTO
// 2.3.4.4); its name is in the directory as UTF-16LE.
const encryptedPackage = Buffer.from("EncryptedPackage", "utf16le");

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The first byte that is not a UTF-8 byte-order mark or ASCII white space. */
function firstVisibleByte(bytes: Uint8Array): number | undefined {
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length && [0x09, 0x0a, 0x0d, 0x20].includes(bytes[index] ?? 0)) index++;
  return bytes[index];
}

/**
 * The kind of content from its magic bytes. Anything else is taken for text, for the decoder to
 * judge — except markup: systems that export "Excel" as an HTML table or as Excel 2003 XML
 * name the file .xls, and those are not tables we read.
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (startsWith(bytes, zipLocalFile)) return "zip";
  if (startsWith(bytes, ole2)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(encryptedPackage)
      ? "encrypted-ooxml"
      : "ole2";
  }
  if (notSpreadsheets.some((signature) => startsWith(bytes, signature))) {
    return "not-a-spreadsheet";
  }
  if (firstVisibleByte(bytes) === 0x3c /* < */) return "not-a-spreadsheet";
  return "text";
}

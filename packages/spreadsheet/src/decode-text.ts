export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; code: "NOT_A_SPREADSHEET" | "UNREADABLE" };

// Characters no table of names and numbers holds: C0 controls but tab, line feed and carriage
// return; DEL; and U+FFFD, what a decoder puts where the bytes were not in its encoding.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const suspicious = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

// Past this share of suspicious characters the bytes are binary, not text with a few stray
// characters in it.
const binaryShare = 0.01;

function replacements(text: string): number {
  return text.match(/\uFFFD/g)?.length ?? 0;
}

/**
 * Valid UTF-8, else the likelier of UTF-8 and GB18030: the one that needed fewer replacement
 * characters (a UTF-8 file with one damaged byte is still UTF-8, not mojibake).
 */
function decodeEightBit(bytes: Uint8Array): string {
  const utf8 = decodeWith("utf-8", bytes, true);
  if (utf8 !== null) return utf8;
  const asUtf8 = decodeWith("utf-8", bytes, false) ?? "";
  const asGb = decodeWith("gb18030", bytes, false) ?? "";
  return replacements(asGb) <= replacements(asUtf8) ? asGb : asUtf8;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A CSV file's text. Excel on a Chinese Windows saves CSV in GBK; Excel's "Unicode text" is
 * UTF-16 with a byte-order mark; everything else (WPS, LibreOffice, Tencent Docs, Google Sheets)
 * writes UTF-8, with or without a byte-order mark. Bytes that are not valid UTF-8 are read as
 * GB18030, the national standard that GBK is a subset of. Text with a few undecodable bytes is
 * UNREADABLE; bytes that decode to control characters are binary, NOT_A_SPREADSHEET.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith("utf-16le", bytes, true);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith("utf-16be", bytes, true);
  else if (bytes.includes(0)) return { ok: false, code: "NOT_A_SPREADSHEET" };
  else text = decodeEightBit(bytes);
  if (text === null) return { ok: false, code: "UNREADABLE" };

  const strays = text.match(suspicious)?.length ?? 0;
  if (strays > text.length * binaryShare) return { ok: false, code: "NOT_A_SPREADSHEET" };
  if (text.includes("\uFFFD")) return { ok: false, code: "UNREADABLE" };
  return { ok: true, text };
}

const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;

/**
 * A copy of a zip with one entry's headers rewritten the way a hostile file would: a declared
 * uncompressed size that lies, or another name (of the same length) in the central directory,
 * in the local header, or in both.
 */
export function patchZipEntry(
  zip: Uint8Array,
  name: string,
  patch: { declaredSize?: number; centralName?: string; localName?: string },
): Uint8Array {
  const bytes = Buffer.from(zip);
  const target = Buffer.from(name, "utf8");
  const rename = (at: number, to: string | undefined) => {
    if (to === undefined) return;
    const replacement = Buffer.from(to, "utf8");
    if (replacement.length !== target.length) throw new Error("a new name must be as long");
    replacement.copy(bytes, at);
  };
  for (let at = 0; at + 46 <= bytes.length; at++) {
    const signature = bytes.readUInt32LE(at);
    if (signature === centralHeader) {
      const nameLength = bytes.readUInt16LE(at + 28);
      if (bytes.subarray(at + 46, at + 46 + nameLength).equals(target)) {
        if (patch.declaredSize !== undefined) bytes.writeUInt32LE(patch.declaredSize, at + 24);
        rename(at + 46, patch.centralName);
      }
    } else if (signature === localHeader) {
      const nameLength = bytes.readUInt16LE(at + 26);
      if (bytes.subarray(at + 30, at + 30 + nameLength).equals(target)) {
        if (patch.declaredSize !== undefined) bytes.writeUInt32LE(patch.declaredSize, at + 22);
        rename(at + 30, patch.localName);
      }
    }
  }
  return new Uint8Array(bytes);
}

/**
 * The ID number a photo in the batch's zip is named after (the employer issue: photos come as
 * `<身份证号码>.jpg`), upper-cased; folders inside the zip are ignored. Null for any other entry
 * (a folder, a `.DS_Store`, macOS's `__MACOSX/._…` companions), which belongs to no row.
 */
export function residentIdOfPhotoEntry(entryName: string): string | null {
  const base = entryName.split(/[\\/]/).at(-1) ?? "";
  const match = /^(\d{17}[\dXx])\.jpe?g$/i.exec(base.trim());
  return match?.[1] ? match[1].toUpperCase() : null;
}

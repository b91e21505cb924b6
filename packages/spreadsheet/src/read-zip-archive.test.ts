import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { patchZipEntry } from "../test-files/patch-zip-entry";
import { readZipArchive } from "./read-zip-archive";

const limits = { maxEntries: 100, maxEntryBytes: 50_000, maxInflatedBytes: 1_000_000 };
const photo = (size: number, fill = 7) => new Uint8Array(size).fill(fill);

describe("readZipArchive()", () => {
  it("gives each wanted file's bytes, and marks the ones past the entry limit without inflating them", async () => {
    const zip = zipSync({
      "照片/": new Uint8Array(0),
      "照片/a.jpg": photo(10),
      "b.jpg": photo(60_000),
      "notes.txt": strToU8("不是照片"),
    });
    const reading = await readZipArchive(zip, limits, (name) => name.endsWith(".jpg"));
    expect(reading).toEqual({
      ok: true,
      entries: [
        { name: "照片/a.jpg", bytes: photo(10) },
        { name: "b.jpg", tooLarge: true },
      ],
    });
  });

  it("finds an entry too large even when its declared size says otherwise, and stops there", async () => {
    const zip = patchZipEntry(zipSync({ "b.jpg": photo(60_000) }), "b.jpg", { declaredSize: 100 });
    expect(await readZipArchive(zip, limits)).toEqual({ ok: false, code: "COMPRESSION_BOMB" });
  });

  it("refuses a zip that inflates a hundredfold, or past the limit together, or of too many entries", async () => {
    const bomb = zipSync({ "a.jpg": new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(await readZipArchive(bomb, { ...limits, maxEntryBytes: 16 * 1024 * 1024 })).toEqual({
      ok: false,
      code: "COMPRESSION_BOMB",
    });
    const many = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`${index}.jpg`, photo(40_000, index)]),
    );
    expect(await readZipArchive(zipSync(many, { level: 0 }), limits)).toEqual({
      ok: false,
      code: "COMPRESSION_BOMB",
    });
    const entries = Object.fromEntries(
      Array.from({ length: 101 }, (_, index) => [`${index}.jpg`, photo(1)]),
    );
    expect(await readZipArchive(zipSync(entries), limits)).toEqual({
      ok: false,
      code: "COMPRESSION_BOMB",
    });
  });

  it("refuses what is not a zip, and a damaged one", async () => {
    expect(await readZipArchive(strToU8("%PDF-1.7"), limits)).toEqual({
      ok: false,
      code: "NOT_A_ZIP",
    });
    const zip = zipSync({ "a.jpg": photo(1000, 1) });
    expect(await readZipArchive(zip.subarray(0, zip.length - 30), limits)).toEqual({
      ok: false,
      code: "UNREADABLE",
    });
  });
});

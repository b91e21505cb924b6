import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCardPhoto, toBase64 } from "./read-card-photo";

const demoPhoto = path.resolve(
  import.meta.dirname,
  "../../../../../packages/db/src/seed/demo-photo.jpg",
);

describe("readCardPhoto()", () => {
  it("accepts the demo studio photo and gives its base64", async () => {
    const bytes = await readFile(demoPhoto);
    const photo = await readCardPhoto(new Blob([bytes]));
    expect(photo.ok).toBe(true);
    if (photo.ok) expect(photo.base64).toBe(bytes.toString("base64"));
  });

  it("refuses a file that is not a JPEG, by its content", async () => {
    const photo = await readCardPhoto(new Blob([new TextEncoder().encode("GIF89a…")]));
    expect(photo).toEqual({ ok: false, result: { ok: false, reason: "NOT_JPEG" } });
  });
});

describe("toBase64()", () => {
  it("encodes more bytes than one slice", () => {
    const bytes = new Uint8Array(70_000).map((_, index) => index % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCardPhoto } from "./check-card-photo";

function segment(marker: number, body: readonly number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/**
 * A minimal JPEG: SOI, a JFIF APP0 segment, a frame header of the given size, a scan header, scan
 * bytes padding the file to `totalBytes`, EOI. Enough for the header walk, not a decodable image.
 */
function jpeg(width: number, height: number, totalBytes = 20_000, frameMarker = 0xc0): Uint8Array {
  const head = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(frameMarker, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      1,
      1,
      0x11,
      0,
    ]),
    ...segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
  ];
  const bytes = new Uint8Array(Math.max(totalBytes, head.length + 2));
  bytes.set(head);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

describe("checkCardPhoto()", () => {
  it("accepts a 358 × 441 JPEG of 5–50 KB", () => {
    expect(checkCardPhoto(jpeg(358, 441))).toEqual({ ok: true, width: 358, height: 441 });
    expect(checkCardPhoto(jpeg(358, 441, 5_000)).ok).toBe(true);
    expect(checkCardPhoto(jpeg(358, 441, 50_000)).ok).toBe(true);
  });

  it("reads a progressive JPEG's frame header too", () => {
    expect(checkCardPhoto(jpeg(358, 441, 20_000, 0xc2)).ok).toBe(true);
  });

  it("reports the actual size of a photo with the wrong dimensions", () => {
    expect(checkCardPhoto(jpeg(441, 358))).toEqual({
      ok: false,
      reason: "WRONG_DIMENSIONS",
      width: 441,
      height: 358,
    });
  });

  it("rejects a file that is too small or too large", () => {
    expect(checkCardPhoto(jpeg(358, 441, 4_999))).toEqual({
      ok: false,
      reason: "TOO_SMALL_FILE",
      byteLength: 4_999,
    });
    expect(checkCardPhoto(jpeg(358, 441, 50_001))).toEqual({
      ok: false,
      reason: "TOO_LARGE_FILE",
      byteLength: 50_001,
    });
  });

  it("rejects a PNG, whatever it is called, and an empty file", () => {
    const png = new Uint8Array(20_000);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(checkCardPhoto(png)).toEqual({ ok: false, reason: "NOT_JPEG" });
    expect(checkCardPhoto(new Uint8Array())).toEqual({ ok: false, reason: "NOT_JPEG" });
  });

  it("finds the frame header past fill bytes and a restart marker", () => {
    const photo = jpeg(358, 441);
    const withFill = new Uint8Array(photo.length + 3);
    withFill.set(photo.subarray(0, 2));
    withFill.set([0xff, 0xd0, 0xff], 2);
    withFill.set(photo.subarray(2), 5);
    expect(checkCardPhoto(withFill).ok).toBe(true);
  });

  it("calls a JPEG unreadable when its header breaks off or has no usable frame", () => {
    expect(checkCardPhoto(jpeg(358, 441).subarray(0, 12))).toEqual({
      ok: false,
      reason: "UNREADABLE",
    });
    // Scan before any frame header.
    const scanFirst = new Uint8Array([
      0xff,
      0xd8,
      ...segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
      0xff,
      0xd9,
    ]);
    expect(checkCardPhoto(scanFirst)).toEqual({ ok: false, reason: "UNREADABLE" });
    // Lossless (SOF3) and arithmetic-coded (SOF9) frames.
    expect(checkCardPhoto(jpeg(358, 441, 20_000, 0xc3)).ok).toBe(false);
    expect(checkCardPhoto(jpeg(358, 441, 20_000, 0xc9)).ok).toBe(false);
    // A height of 0 deferred to a DNL segment.
    expect(checkCardPhoto(jpeg(358, 0))).toEqual({ ok: false, reason: "UNREADABLE" });
  });

  it("takes other limits as a parameter", () => {
    expect(
      checkCardPhoto(jpeg(295, 413, 30_000), {
        width: 295,
        height: 413,
        minBytes: 10_000,
        maxBytes: 40_000,
      }).ok,
    ).toBe(true);
  });

  it("reads back any width and height it is given", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 65_535 }),
        fc.integer({ min: 1, max: 65_535 }),
        (w, h) => {
          const result = checkCardPhoto(jpeg(w, h));
          if (w === 358 && h === 441) expect(result.ok).toBe(true);
          else
            expect(result).toEqual({ ok: false, reason: "WRONG_DIMENSIONS", width: w, height: h });
        },
      ),
    );
  });

  it("never throws on arbitrary bytes, even after a JPEG's first three", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (tail, asJpeg) => {
        const bytes = asJpeg ? new Uint8Array([0xff, 0xd8, 0xff, ...tail]) : tail;
        expect(() => checkCardPhoto(bytes)).not.toThrow();
      }),
    );
  });
});

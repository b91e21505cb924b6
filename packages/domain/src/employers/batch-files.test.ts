import { describe, expect, it } from "vitest";
import { canApply } from "../applications/can-apply";
import { batchRowProblemOfPerson } from "./batch-row-problem-of-person";
import { checkLetterOfIntroduction } from "./letter-of-introduction";
import { markDuplicateRows } from "./mark-duplicate-rows";
import { residentIdOfPhotoEntry } from "./photo-entry-name";

describe("checkLetterOfIntroduction()", () => {
  const ascii = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
  const pdf = ascii("%PDF-1.7\n");
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);

  it("takes a PDF, a JPEG or a PNG by its first bytes", () => {
    expect(checkLetterOfIntroduction(pdf, 1000)).toEqual({ ok: true, type: "PDF" });
    expect(checkLetterOfIntroduction(png, 1000)).toEqual({ ok: true, type: "PNG" });
    expect(checkLetterOfIntroduction(jpeg, 1000)).toEqual({ ok: true, type: "JPEG" });
  });

  it("refuses a Word file or text whatever it is called, and a file over the limit", () => {
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(checkLetterOfIntroduction(docx, 1000)).toEqual({
      ok: false,
      reason: "NOT_PDF_OR_IMAGE",
    });
    expect(
      checkLetterOfIntroduction(Uint8Array.from([0xe4, 0xbb, 0x8b, 0xe7, 0xbb, 0x8d]), 1000),
    ).toEqual({
      ok: false,
      reason: "NOT_PDF_OR_IMAGE",
    });
    expect(checkLetterOfIntroduction(pdf, 5)).toEqual({ ok: false, reason: "TOO_LARGE" });
  });
});

describe("residentIdOfPhotoEntry()", () => {
  it("reads the ID number from <身份证号码>.jpg, in any folder, x upper-cased", () => {
    expect(residentIdOfPhotoEntry("11010519491231002x.jpg")).toBe("11010519491231002X");
    expect(residentIdOfPhotoEntry("照片/530125199001010030.JPEG")).toBe("530125199001010030");
  });

  it("gives no ID for other entries", () => {
    for (const name of [
      "照片/",
      "__MACOSX/._530125199001010030.jpg",
      "杨梅.jpg",
      "530125199001010030.png",
    ]) {
      expect(residentIdOfPhotoEntry(name)).toBeNull();
    }
  });
});

describe("markDuplicateRows()", () => {
  it("marks each later row with the same ID, never the first or a row without an ID", () => {
    expect([...markDuplicateRows(["A", null, "B", "A", null, "A"])]).toEqual([3, 5]);
  });
});

describe("batchRowProblemOfPerson()", () => {
  const open = {
    id: "a1",
    channel: "EMPLOYER" as const,
    applicant: { kind: "SELF" as const },
    actions: [
      {
        type: "SUBMIT" as const,
        at: "2026-11-20T02:00:00.000Z",
        by: "STAFF" as const,
        receiptNumber: "YX1",
      },
    ],
  };

  it("lets a person with no card and no open application apply", () => {
    expect(batchRowProblemOfPerson(canApply([], [], "FIRST_ISSUE"), false)).toBeNull();
  });

  it("tells this employer's own open application from another one", () => {
    const verdict = canApply([open], [], "FIRST_ISSUE");
    expect(batchRowProblemOfPerson(verdict, true)).toEqual({
      column: "RESIDENT_ID",
      reason: "ALREADY_APPLIED",
    });
    expect(batchRowProblemOfPerson(verdict, false)).toEqual({
      column: "RESIDENT_ID",
      reason: "APPLICATION_ALREADY_OPEN",
    });
  });

  it("refuses a person who has had a card", () => {
    expect(
      batchRowProblemOfPerson(canApply([], [{ status: "ACTIVE" }], "FIRST_ISSUE"), false),
    ).toEqual({
      column: "RESIDENT_ID",
      reason: "CARD_ALREADY_ISSUED",
    });
  });
});

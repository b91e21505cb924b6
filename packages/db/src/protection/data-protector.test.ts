import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDataProtector } from "./data-protector";
import { readProtectionConfig } from "./protection-config";

const key = () => randomBytes(32).toString("base64");

describe("createDataProtector()", () => {
  const protector = createDataProtector(readProtectionConfig({}, { production: false }));

  it("seals a resident ID so that the number is not in it, and opens it again", () => {
    const sealed = protector.seal("530125196803120027", "person.resident-id");
    expect(sealed).toMatch(/^v1\.dev\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("19680312");
    expect(protector.open(sealed, "person.resident-id")).toBe("530125196803120027");
  });

  it("seals the same value differently each time, but indexes it the same", () => {
    const a = protector.seal("13988120417", "person.phone");
    expect(protector.seal("13988120417", "person.phone")).not.toBe(a);
    expect(protector.residentIdIndex("530125196803120027")).toBe(
      protector.residentIdIndex("530125196803120027"),
    );
    expect(protector.residentIdIndex("530125196803120027")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a value moved to another column or altered by one character", () => {
    const sealed = protector.seal("13988120417", "person.phone");
    expect(() => protector.open(sealed, "message.phone")).toThrow(/integrity/);
    const body = sealed.split(".")[2] ?? "";
    const flipped = `${body.slice(0, 10)}${body[10] === "A" ? "B" : "A"}${body.slice(11)}`;
    expect(() => protector.open(`v1.dev.${flipped}`, "person.phone")).toThrow();
  });

  it("seals a file's bytes so that no ID number in it can be read, and opens it whole again", () => {
    const file = Buffer.from("姓名,身份证号码,手机号码\n张三,530125196803120027,13988120417\n");
    const sealed = protector.sealBytes(file, "upload.bytes");
    expect(sealed.subarray(0, 7).toString("ascii")).toBe("v1.dev.");
    expect(sealed.includes(Buffer.from("530125196803120027"))).toBe(false);
    expect(sealed.includes(Buffer.from("13988120417"))).toBe(false);
    expect(protector.openBytes(sealed, "upload.bytes")).toEqual(file);
    // Its first bytes alone tell the file's type (a PDF's "%PDF-"), without opening the rest.
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(4096)]);
    expect(
      protector.peekBytes(protector.sealBytes(pdf, "upload.bytes").subarray(0, 112), 5),
    ).toEqual(Buffer.from("%PDF-"));
  });

  it("refuses sealed bytes changed by one bit, cut short, or not sealed at all", () => {
    const sealed = protector.sealBytes(Buffer.from("a file"), "upload.bytes");
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 1;
    expect(() => protector.openBytes(flipped, "upload.bytes")).toThrow(/integrity/);
    expect(() => protector.openBytes(sealed.subarray(0, 20), "upload.bytes")).toThrow(/truncated/);
    expect(() => protector.openBytes(Buffer.from("姓名,身份证号码"), "upload.bytes")).toThrow(
      /Not sealed/,
    );
  });

  it("opens values of an older key and tells they are stale; refuses a key it no longer has", () => {
    const k1 = key();
    const k2 = key();
    const index = key();
    const old = createDataProtector(
      readProtectionConfig(
        { YIBAO_DATA_KEYS: `k1:${k1}`, YIBAO_INDEX_KEY: index },
        { production: true },
      ),
    );
    const sealed = old.seal("530125196803120027", "person.resident-id");
    const rotated = createDataProtector(
      readProtectionConfig(
        { YIBAO_DATA_KEYS: `k2:${k2},k1:${k1}`, YIBAO_INDEX_KEY: index },
        { production: true },
      ),
    );
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.open(sealed, "person.resident-id")).toBe("530125196803120027");
    expect(rotated.isStale(rotated.seal("x", "person.phone"))).toBe(false);
    const withoutOld = createDataProtector(
      readProtectionConfig(
        { YIBAO_DATA_KEYS: `k2:${k2}`, YIBAO_INDEX_KEY: index },
        { production: true },
      ),
    );
    expect(() => withoutOld.open(sealed, "person.resident-id")).toThrow(/no longer lists/);
  });
});

describe("readProtectionConfig()", () => {
  it("refuses production without keys, with what to set", () => {
    expect(() => readProtectionConfig({}, { production: true })).toThrow(/YIBAO_DATA_KEYS/);
  });

  it("refuses a short key and a malformed list", () => {
    expect(() =>
      readProtectionConfig(
        { YIBAO_DATA_KEYS: `k1:${Buffer.alloc(8).toString("base64")}`, YIBAO_INDEX_KEY: key() },
        { production: true },
      ),
    ).toThrow(/at least 32/);
    expect(() =>
      readProtectionConfig(
        { YIBAO_DATA_KEYS: key(), YIBAO_INDEX_KEY: key() },
        { production: true },
      ),
    ).toThrow(/<id>:<base64>/);
  });

  it("uses development keys, and says so, when nothing is set outside production", () => {
    expect(readProtectionConfig({}, { production: false }).developmentKeys).toBe(true);
  });
});

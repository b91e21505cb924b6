import { describe, expect, it } from "vitest";
import { isoDateSchema } from "./iso-date-schema";

describe("isoDateSchema", () => {
  it("accepts real dates only", () => {
    expect(isoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(isoDateSchema.safeParse("2026-02-29").success).toBe(false);
    expect(isoDateSchema.safeParse("2026-2-1").success).toBe(false);
  });
});

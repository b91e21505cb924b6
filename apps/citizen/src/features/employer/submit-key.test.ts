import { describe, expect, it } from "vitest";
import { forgetSubmitKey, submitKeyOf } from "./submit-key";

describe("submitKeyOf()", () => {
  it("gives a batch the same key however often it is asked, and another batch another", () => {
    const first = submitKeyOf("batch-a");
    expect(submitKeyOf("batch-a")).toBe(first);
    expect(submitKeyOf("batch-b")).not.toBe(first);
  });

  it("makes a new key once the batch's submit is forgotten", () => {
    const first = submitKeyOf("batch-c");
    forgetSubmitKey("batch-c");
    expect(submitKeyOf("batch-c")).not.toBe(first);
  });
});

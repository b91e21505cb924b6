import { describe, expect, it } from "vitest";
import { nearestRank } from "./nearest-rank";

describe("nearestRank()", () => {
  it("takes the value at rank ⌈p·n⌉ of the sorted values", () => {
    expect(nearestRank([5, 1, 3, 2], 50)).toBe(2);
    expect(nearestRank([5, 1, 3, 2], 90)).toBe(5);
    expect(nearestRank([3, 1, 2], 50)).toBe(2);
    expect(nearestRank([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 90)).toBe(8);
    expect(nearestRank([7], 90)).toBe(7);
  });

  it("is null when there is nothing to rank, and refuses a percentile outside (0, 100]", () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRank([1], 0)).toThrow(RangeError);
    expect(() => nearestRank([1], 101)).toThrow(RangeError);
  });
});

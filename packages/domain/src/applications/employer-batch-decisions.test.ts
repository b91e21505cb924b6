import { describe, expect, it } from "vitest";
import { applicationStatuses } from "./application-statuses";
import { productionStepsTo } from "./employer-batch-decisions";

describe("productionStepsTo()", () => {
  it("takes an approved card through production to made, and one in production the rest of the way", () => {
    expect(productionStepsTo("APPROVED", "IN_PRODUCTION")).toEqual(["START_PRODUCTION"]);
    expect(productionStepsTo("APPROVED", "READY_FOR_PICKUP")).toEqual([
      "START_PRODUCTION",
      "MARK_READY",
    ]);
    expect(productionStepsTo("IN_PRODUCTION", "READY_FOR_PICKUP")).toEqual(["MARK_READY"]);
    expect(productionStepsTo("PRODUCTION_FAILED", "READY_FOR_PICKUP")).toEqual([
      "START_PRODUCTION",
      "MARK_READY",
    ]);
  });

  it("asks nothing of a card already there", () => {
    expect(productionStepsTo("IN_PRODUCTION", "IN_PRODUCTION")).toEqual([]);
    expect(productionStepsTo("READY_FOR_PICKUP", "READY_FOR_PICKUP")).toEqual([]);
  });

  it("never moves a card not yet approved, refused, or further on", () => {
    const movable = ["APPROVED", "IN_PRODUCTION", "PRODUCTION_FAILED", "READY_FOR_PICKUP"];
    for (const status of applicationStatuses.filter((status) => !movable.includes(status))) {
      expect(productionStepsTo(status, "READY_FOR_PICKUP"), status).toBeNull();
    }
    expect(productionStepsTo("READY_FOR_PICKUP", "IN_PRODUCTION")).toBeNull();
    expect(productionStepsTo("WITH_EMPLOYER", "IN_PRODUCTION")).toBeNull();
  });
});

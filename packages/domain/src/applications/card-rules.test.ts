import { describe, expect, it } from "vitest";
import {
  applicationAfter,
  applicationIn,
  employerApplicationIn,
  newApplication,
  pathTo,
  sampleAction,
} from "./application.fixture";
import { canApply, isOpenApplication } from "./can-apply";
import { canCancelLossReport } from "./can-cancel-loss-report";
import { cardEffectsOf, oldCardCancelledAt } from "./card-effects-of";
import { cardStatusOf } from "./card-status-of";

describe("cardStatusOf()", () => {
  it("takes a loss report at once and lets it be cancelled", () => {
    expect(cardStatusOf([{ type: "ACTIVATE" }])).toBe("ACTIVE");
    expect(cardStatusOf([{ type: "ACTIVATE" }, { type: "REPORT_LOSS" }])).toBe("REPORTED_LOST");
    expect(
      cardStatusOf([{ type: "ACTIVATE" }, { type: "REPORT_LOSS" }, { type: "CANCEL_LOSS_REPORT" }]),
    ).toBe("ACTIVE");
  });

  it("never makes a cancelled card active again", () => {
    for (const type of ["ACTIVATE", "REPORT_LOSS", "CANCEL_LOSS_REPORT", "CANCEL"] as const) {
      expect(() => cardStatusOf([{ type: "ACTIVATE" }, { type: "CANCEL" }, { type }])).toThrow(
        /in status CANCELLED/,
      );
    }
    expect(() => cardStatusOf([])).toThrow(/begin with ACTIVATE/);
  });
});

describe("isOpenApplication()", () => {
  it("is open until refused, withdrawn, collected or expired uncollected", () => {
    for (const status of Object.keys(pathTo) as (keyof typeof pathTo)[]) {
      const open = !["REFUSED", "WITHDRAWN", "COLLECTED", "EXPIRED"].includes(status);
      expect(isOpenApplication(applicationIn(status))).toBe(open);
    }
    // The employer holding the card is still waiting on the employee.
    expect(isOpenApplication(employerApplicationIn("WITH_EMPLOYER"))).toBe(true);
    expect(isOpenApplication(employerApplicationIn("COLLECTED"))).toBe(false);
  });
});

describe("canApply()", () => {
  const collected = { id: "a1", ...applicationAfter(newApplication(), pathTo.COLLECTED) };
  const inProduction = { id: "a2", ...applicationAfter(newApplication(), pathTo.IN_PRODUCTION) };

  it("lets a person without a card apply for a first card", () => {
    expect(canApply([], [], "FIRST_ISSUE")).toEqual({ ok: true });
  });

  it("refuses a second open application and says where the open one stands", () => {
    expect(canApply([collected, inProduction], [{ status: "ACTIVE" }], "REPLACEMENT")).toEqual({
      ok: false,
      reason: "APPLICATION_ALREADY_OPEN",
      openApplication: { id: "a2", status: "IN_PRODUCTION" },
    });
  });

  it("gives a first card only to someone who never had one, a replacement only for a card held", () => {
    expect(canApply([collected], [{ status: "ACTIVE" }], "FIRST_ISSUE")).toEqual({
      ok: false,
      reason: "CARD_ALREADY_ISSUED",
    });
    expect(canApply([], [], "REPLACEMENT")).toEqual({ ok: false, reason: "NO_CARD_TO_REPLACE" });
    expect(canApply([collected], [{ status: "CANCELLED" }], "REPLACEMENT")).toEqual({ ok: true });
  });
});

describe("cardEffectsOf()", () => {
  const lost = { kind: "REPLACEMENT", replacementReason: "LOST" } as const;
  const damaged = { kind: "REPLACEMENT", replacementReason: "DAMAGED" } as const;

  it("cancels a lost card on submission of its replacement", () => {
    expect(oldCardCancelledAt.LOST).toBe("SUBMISSION");
    expect(cardEffectsOf(lost, sampleAction("SUBMIT"))).toEqual({
      cancelsOldCard: true,
      activatesNewCard: false,
    });
    expect(cardEffectsOf(lost, sampleAction("HAND_OVER"))).toEqual({
      cancelsOldCard: false,
      activatesNewCard: true,
    });
  });

  it("cancels any other replaced card when the new one is collected", () => {
    expect(cardEffectsOf(damaged, sampleAction("SUBMIT")).cancelsOldCard).toBe(false);
    expect(cardEffectsOf(damaged, sampleAction("ISSUE_ON_THE_SPOT"))).toEqual({
      cancelsOldCard: true,
      activatesNewCard: true,
    });
  });

  it("activates a first card on collection and cancels nothing", () => {
    expect(cardEffectsOf({ kind: "FIRST_ISSUE" }, sampleAction("HAND_OVER"))).toEqual({
      cancelsOldCard: false,
      activatesNewCard: true,
    });
    expect(cardEffectsOf({ kind: "FIRST_ISSUE" }, sampleAction("APPROVE")).activatesNewCard).toBe(
      false,
    );
  });

  it("activates an employer's card when the employer hands it to the employee, not when its agent collects it", () => {
    const handOut = sampleAction("EMPLOYER_HAND_OUT", { by: "EMPLOYER" });
    expect(cardEffectsOf({ kind: "FIRST_ISSUE" }, handOut)).toEqual({
      cancelsOldCard: false,
      activatesNewCard: true,
    });
    expect(cardEffectsOf(damaged, sampleAction("EMPLOYER_COLLECT"))).toEqual({
      cancelsOldCard: false,
      activatesNewCard: false,
    });
    expect(cardEffectsOf(damaged, handOut).cancelsOldCard).toBe(true);
  });
});

describe("canCancelLossReport()", () => {
  it("allows 解挂 only while no replacement is being made", () => {
    const open = {
      kind: "REPLACEMENT",
      replacementReason: "DETAILS_CHANGED",
      ...applicationAfter(newApplication(), pathTo.SUBMITTED),
    } as const;
    const done = {
      kind: "FIRST_ISSUE",
      ...applicationAfter(newApplication(), pathTo.COLLECTED),
    } as const;
    expect(canCancelLossReport("REPORTED_LOST", [done])).toBe(true);
    expect(canCancelLossReport("REPORTED_LOST", [done, open])).toBe(false);
    expect(canCancelLossReport("ACTIVE", [])).toBe(false);
    expect(canCancelLossReport("CANCELLED", [])).toBe(false);
  });
});

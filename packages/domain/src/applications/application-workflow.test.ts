import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { permissions } from "../access/permissions";
import { applicantKinds } from "./applicant-schema";
import {
  applicationAfter,
  applicationIn,
  employerApplicationIn,
  employerPathTo,
  minutesAfterStart,
  newApplication,
  pathTo,
  sampleAction,
} from "./application.fixture";
import {
  type ApplicationActionRule,
  actionRuleFor,
  applicationActionTable,
  applicationPermissions,
  ruleInStatus,
  submissionRules,
} from "./application-action-table";
import {
  type ApplicationAction,
  type ApplicationActionType,
  applicationActionSchema,
  applicationActionTypes,
  applicationActors,
} from "./application-actions";
import { applicationChannels } from "./application-channels";
import { applicationStatusOf } from "./application-status-of";
import { type ApplicationStatus, applicationStatuses } from "./application-statuses";
import { applyAction } from "./apply-action";
import { availableActions } from "./available-actions";
import type { CardApplication } from "./card-application";

const everyPermission = [...applicationPermissions];
const staff = { permissions: everyPermission, actorIsApplicant: false };
const applicant = { permissions: everyPermission, actorIsApplicant: true };
const employer = { permissions: everyPermission, actorIsApplicant: false, employer: true };

function later(application: CardApplication, action: ApplicationAction): ApplicationAction {
  return { ...action, at: minutesAfterStart(application.actions.length) };
}

describe("applicationActionTable", () => {
  it("has a row for every status, and every action leads to a status", () => {
    expect(Object.keys(applicationActionTable).sort()).toEqual([...applicationStatuses].sort());
    for (const rules of Object.values(applicationActionTable)) {
      for (const rule of Object.values(rules)) {
        expect(applicationStatuses).toContain(rule.to);
        expect(Object.keys(rule.by).length).toBeGreaterThan(0);
      }
    }
  });

  it("names only the workflow's permissions: card:* for the applicant, application:* for staff, employer-card:* for the employer, JOB for Yibao's own work", () => {
    const rules = [
      ...Object.values(submissionRules),
      ...Object.values(applicationActionTable).flatMap((row) => Object.values(row)),
    ];
    for (const rule of rules) {
      const {
        SYSTEM,
        ...by
      }: { APPLICANT?: string; STAFF?: string; EMPLOYER?: string; SYSTEM?: string } = rule.by;
      if (by.APPLICANT !== undefined) expect(by.APPLICANT).toMatch(/^card:/);
      if (by.STAFF !== undefined) expect(by.STAFF).toMatch(/^application:/);
      if (by.EMPLOYER !== undefined) expect(by.EMPLOYER).toMatch(/^employer-(card|batch):/);
      if (SYSTEM !== undefined) expect(SYSTEM).toBe("JOB");
      for (const permission of Object.values(by))
        expect(applicationPermissions).toContain(permission);
    }
  });

  it("uses only permissions the access list defines", () => {
    for (const permission of applicationPermissions) expect(permissions).toContain(permission);
  });

  it("closes REFUSED, WITHDRAWN and COLLECTED", () => {
    expect(applicationActionTable.REFUSED).toEqual({});
    expect(applicationActionTable.WITHDRAWN).toEqual({});
    expect(applicationActionTable.COLLECTED).toEqual({});
  });

  it("lists the same action types as the recorded action schema", () => {
    expectTypeOf<ApplicationAction["type"]>().toEqualTypeOf<ApplicationActionType>();
    expect(applicationActionSchema.options.map((option) => option.shape.type.value)).toEqual([
      ...applicationActionTypes,
    ]);
  });
});

/**
 * An application in `status` on which the guards of `rule` hold: an employer's, where the rule
 * needs one (its agent collecting, or the employer holding the card), else `pathTo`'s.
 */
function applicationWhereGuardsHold(
  status: ApplicationStatus,
  rule: ApplicationActionRule | undefined,
): CardApplication {
  const needsEmployer = (rule?.guards ?? []).some(
    (guard) => guard === "EMPLOYER_CHANNEL" || guard === "CARD_WITH_EMPLOYER",
  );
  return needsEmployer && status in employerPathTo
    ? employerApplicationIn(status as keyof typeof employerPathTo)
    : applicationIn(status);
}

describe("applyAction()", () => {
  // Every (status, action, party): allowed exactly where the table says so.
  const cases = applicationStatuses.flatMap((status) =>
    applicationActionTypes.flatMap((type) => applicationActors.map((by) => ({ status, type, by }))),
  );

  it.each(cases)("$type by $by in $status: as the table says", ({ status, type, by }) => {
    const rule = ruleInStatus(status, type);
    const application = applicationWhereGuardsHold(status, rule);
    expect(applicationStatusOf(application.actions)).toBe(status);
    const result = applyAction(application, later(application, sampleAction(type, { by })));
    if (rule !== undefined && rule.by[by] !== undefined) {
      expect(result).toMatchObject({ ok: true, status: rule.to });
      if (result.ok) expect(applicationStatusOf(result.application.actions)).toBe(rule.to);
    } else {
      expect(result).toEqual({ ok: false, reason: "ACTION_NOT_ALLOWED" });
    }
  });

  it("starts an application with SUBMIT only: online by the applicant, at a counter by staff", () => {
    for (const type of applicationActionTypes.filter((type) => type !== "SUBMIT")) {
      expect(applyAction(newApplication(), sampleAction(type)).ok).toBe(false);
    }
    expect(
      applyAction(newApplication("ONLINE"), sampleAction("SUBMIT", { by: "APPLICANT" })),
    ).toMatchObject({
      ok: true,
      status: "SUBMITTED",
    });
    expect(applyAction(newApplication("ONLINE"), sampleAction("SUBMIT")).ok).toBe(false);
    expect(applyAction(newApplication("SERVICE_POINT"), sampleAction("SUBMIT")).ok).toBe(true);
    expect(
      applyAction(newApplication("SERVICE_POINT"), sampleAction("SUBMIT", { by: "APPLICANT" })).ok,
    ).toBe(false);
  });

  it("refuses an action dated before the last one", () => {
    const application = applicationAfter(newApplication(), pathTo.SUBMITTED);
    const result = applyAction(application, {
      ...sampleAction("APPROVE"),
      at: "2026-09-30T01:59:00.000Z",
    });
    expect(result.ok).toBe(false);
  });

  it("does not change the application it is given", () => {
    const application = applicationAfter(newApplication(), pathTo.SUBMITTED);
    const before = JSON.parse(JSON.stringify(application));
    applyAction(application, later(application, sampleAction("APPROVE")));
    expect(application).toEqual(before);
  });
});

describe("approval", () => {
  it("needs both the insured's and the agent's certificates for an agent", () => {
    let application = applicationAfter(newApplication("SERVICE_POINT", "AGENT"), [
      sampleAction("SUBMIT"),
      sampleAction("VERIFY_DOCUMENTS", { certificates: ["INSURED"] }),
    ]);
    expect(availableActions(application, staff)).not.toContain("APPROVE");
    expect(applyAction(application, later(application, sampleAction("APPROVE"))).ok).toBe(false);

    application = applicationAfter(application, [
      sampleAction("VERIFY_DOCUMENTS", { certificates: ["AGENT"] }),
    ]);
    expect(availableActions(application, staff)).toContain("APPROVE");
    expect(applyAction(application, later(application, sampleAction("APPROVE"))).ok).toBe(true);
  });

  it("is not possible with the agent's certificate alone", () => {
    const application = applicationAfter(newApplication("SERVICE_POINT", "AGENT"), [
      sampleAction("SUBMIT"),
      sampleAction("VERIFY_DOCUMENTS", { certificates: ["AGENT"] }),
    ]);
    expect(availableActions(application, staff)).not.toContain("APPROVE");
  });

  it("needs the guardian's certificate for a guardian's application", () => {
    const application = applicationAfter(newApplication("SERVICE_POINT", "GUARDIAN"), [
      sampleAction("SUBMIT"),
      sampleAction("VERIFY_DOCUMENTS", { certificates: ["INSURED", "GUARDIAN"] }),
    ]);
    expect(availableActions(application, staff)).toContain("APPROVE");
  });

  it("keeps a certificate verified before a request for materials", () => {
    const application = applicationAfter(newApplication("SERVICE_POINT"), [
      sampleAction("SUBMIT"),
      sampleAction("VERIFY_DOCUMENTS"),
      sampleAction("REQUEST_MATERIALS"),
      sampleAction("RESUBMIT", { by: "APPLICANT" }),
    ]);
    expect(availableActions(application, staff)).toContain("APPROVE");
  });

  it("refuses to record a certificate the applicant does not have", () => {
    const application = applicationAfter(newApplication("SERVICE_POINT"), [sampleAction("SUBMIT")]);
    const verifyAgent = sampleAction("VERIFY_DOCUMENTS", { certificates: ["AGENT"] });
    expect(applyAction(application, later(application, verifyAgent)).ok).toBe(false);
  });
});

describe("withdrawal", () => {
  it("is the applicant's, before approval only", () => {
    for (const status of ["SUBMITTED", "NEEDS_MATERIALS"] as const) {
      const application = applicationAfter(newApplication(), pathTo[status]);
      expect(availableActions(application, applicant)).toContain("WITHDRAW");
      expect(availableActions(application, staff)).not.toContain("WITHDRAW");
    }
    for (const status of ["APPROVED", "IN_PRODUCTION", "READY_FOR_PICKUP"] as const) {
      const application = applicationAfter(newApplication(), pathTo[status]);
      expect(availableActions(application, applicant)).not.toContain("WITHDRAW");
      const withdraw = sampleAction("WITHDRAW", { by: "APPLICANT" });
      expect(applyAction(application, later(application, withdraw)).ok).toBe(false);
    }
  });

  it("needs card:withdraw", () => {
    const application = applicationAfter(newApplication(), pathTo.SUBMITTED);
    expect(
      availableActions(application, { permissions: ["card:apply"], actorIsApplicant: true }),
    ).toEqual([]);
  });
});

describe("availableActions()", () => {
  it("offers a county centre clerk the whole visit, and a service point only the ordinary path", () => {
    const atCentre = applicationAfter(newApplication("COUNTY_CENTRE"), pathTo.SUBMITTED);
    expect(availableActions(atCentre, staff)).toEqual([
      "VERIFY_DOCUMENTS",
      "REQUEST_MATERIALS",
      "REFUSE",
      "APPROVE",
      "ISSUE_ON_THE_SPOT",
      "ESCALATE",
    ]);
    const atPoint = applicationAfter(newApplication("SERVICE_POINT"), pathTo.SUBMITTED);
    expect(availableActions(atPoint, staff)).not.toContain("ISSUE_ON_THE_SPOT");
  });

  it("offers only what the acting user's permissions allow", () => {
    const application = applicationAfter(newApplication(), pathTo.SUBMITTED);
    expect(
      availableActions(application, {
        permissions: ["application:verify", "application:list"],
        actorIsApplicant: false,
      }),
    ).toEqual(["VERIFY_DOCUMENTS"]);
  });

  it("treats a clerk who is the applicant as the applicant", () => {
    const application = applicationAfter(newApplication(), pathTo.SUBMITTED);
    expect(availableActions(application, applicant)).toEqual(["WITHDRAW"]);
  });

  it("offers SUBMIT before the first action, by the channel's rule", () => {
    expect(availableActions(newApplication("ONLINE"), applicant)).toEqual(["SUBMIT"]);
    expect(availableActions(newApplication("ONLINE"), staff)).toEqual([]);
    expect(availableActions(newApplication("SERVICE_POINT"), staff)).toEqual(["SUBMIT"]);
  });

  it("offers the applicant resubmission after a request for materials", () => {
    const application = applicationAfter(newApplication("ONLINE"), [
      sampleAction("SUBMIT", { by: "APPLICANT" }),
      sampleAction("REQUEST_MATERIALS"),
    ]);
    expect(availableActions(application, applicant)).toEqual(["RESUBMIT", "WITHDRAW"]);
    expect(availableActions(application, staff)).toEqual(["RESUBMIT", "REFUSE"]);
  });
});

describe("the on-the-spot issue", () => {
  it("goes from submitted to collected in one visit at the county centre", () => {
    const visit = { visitId: "V20260930-0007" };
    const application = applicationAfter(newApplication("COUNTY_CENTRE"), [
      sampleAction("SUBMIT", visit),
      sampleAction("VERIFY_DOCUMENTS", visit),
      sampleAction("ISSUE_ON_THE_SPOT", visit),
    ]);
    expect(applicationStatusOf(application.actions)).toBe("COLLECTED");
    expect(application.actions.map((action) => action.visitId)).toEqual([
      visit.visitId,
      visit.visitId,
      visit.visitId,
    ]);
  });

  it("is refused on any other channel, and before the certificates are verified", () => {
    for (const channel of applicationChannels.filter((channel) => channel !== "COUNTY_CENTRE")) {
      const application = applicationAfter(newApplication(channel), [
        sampleAction("SUBMIT", { by: channel === "ONLINE" ? "APPLICANT" : "STAFF" }),
        sampleAction("VERIFY_DOCUMENTS"),
      ]);
      const issue = later(application, sampleAction("ISSUE_ON_THE_SPOT"));
      expect(applyAction(application, issue).ok).toBe(false);
    }
    const unverified = applicationAfter(newApplication("COUNTY_CENTRE"), [sampleAction("SUBMIT")]);
    expect(availableActions(unverified, staff)).not.toContain("ISSUE_ON_THE_SPOT");
  });
});

describe("the one-time notice", () => {
  const noticed = applicationAfter(newApplication("SERVICE_POINT", "AGENT"), [
    sampleAction("SUBMIT"),
    sampleAction("REQUEST_MATERIALS", {
      missingItems: [{ code: "PHOTO" }, { code: "AUTHORISATION_LETTER" }],
    }),
    sampleAction("RESUBMIT"),
  ]);

  it("lets a later request repeat items of the first notice", () => {
    const again = sampleAction("REQUEST_MATERIALS", { missingItems: [{ code: "PHOTO" }] });
    expect(applyAction(noticed, later(noticed, again)).ok).toBe(true);
  });

  it("refuses a later request for an item the first notice did not list", () => {
    const newItem = sampleAction("REQUEST_MATERIALS", {
      missingItems: [{ code: "PHOTO" }, { code: "ID_DOCUMENT_COPY" }],
    });
    expect(applyAction(noticed, later(noticed, newItem)).ok).toBe(false);
  });

  it("refuses items that do not fit the applicant", () => {
    const self = applicationAfter(newApplication("SERVICE_POINT"), [sampleAction("SUBMIT")]);
    for (const code of [
      "AGENT_ID_DOCUMENT",
      "AUTHORISATION_LETTER",
      "GUARDIAN_ID_DOCUMENT",
    ] as const) {
      const request = sampleAction("REQUEST_MATERIALS", { missingItems: [{ code }] });
      expect(applyAction(self, later(self, request)).ok).toBe(false);
    }
  });
});

describe("handing over", () => {
  it("gives a child's card to an adult collecting for them, not to the child", () => {
    const ready = applicationAfter(newApplication("SERVICE_POINT", "GUARDIAN"), [
      sampleAction("SUBMIT"),
      sampleAction("VERIFY_DOCUMENTS", { certificates: ["INSURED", "GUARDIAN"] }),
      sampleAction("APPROVE"),
      sampleAction("START_PRODUCTION"),
      sampleAction("MARK_READY"),
    ]);
    expect(applyAction(ready, later(ready, sampleAction("HAND_OVER"))).ok).toBe(false);
    const toGuardian = sampleAction("HAND_OVER", {
      collector: {
        kind: "AGENT",
        name: "王芳",
        idType: "RESIDENT_ID_CARD",
        idNumber: "11010519491231002X",
        relationship: "PARENT",
      },
    });
    expect(applyAction(ready, later(ready, toGuardian))).toMatchObject({
      ok: true,
      status: "COLLECTED",
    });
  });

  it("lets production start again after a failure", () => {
    const failed = applicationAfter(newApplication(), pathTo.PRODUCTION_FAILED);
    expect(availableActions(failed, staff)).toEqual(["START_PRODUCTION", "ESCALATE"]);
  });
});

describe("an employer's cards", () => {
  it("go from the county centre to the employer's agent, and from the employer to the employee", () => {
    const ready = employerApplicationIn("READY_FOR_PICKUP");
    expect(availableActions(ready, staff)).toEqual(["HAND_OVER", "EMPLOYER_COLLECT"]);
    expect(availableActions(ready, employer)).toEqual([]);
    const withEmployer = employerApplicationIn("WITH_EMPLOYER");
    expect(applicationStatusOf(withEmployer.actions)).toBe("WITH_EMPLOYER");
    // Only the employer records the hand-out; the counter no longer holds the card.
    expect(availableActions(withEmployer, staff)).toEqual([]);
    expect(availableActions(withEmployer, applicant)).toEqual([]);
    expect(availableActions(withEmployer, employer)).toEqual(["EMPLOYER_HAND_OUT"]);
    const handOut = later(withEmployer, sampleAction("EMPLOYER_HAND_OUT", { by: "EMPLOYER" }));
    expect(applyAction(withEmployer, handOut)).toMatchObject({ ok: true, status: "COLLECTED" });
  });

  it("are collected by an employer's agent only when the employer applied for them", () => {
    for (const channel of applicationChannels.filter((channel) => channel !== "EMPLOYER")) {
      const ready = applicationAfter(newApplication(channel), [
        sampleAction("SUBMIT", { by: channel === "ONLINE" ? "APPLICANT" : "STAFF" }),
        ...pathTo.READY_FOR_PICKUP.slice(1),
      ]);
      expect(availableActions(ready, staff)).not.toContain("EMPLOYER_COLLECT");
      const collect = later(ready, sampleAction("EMPLOYER_COLLECT"));
      expect(applyAction(ready, collect).ok).toBe(false);
    }
  });

  it("follow the uncollected-card path when not handed out in time, where the employer can still hand them out", () => {
    const uncollected = employerApplicationIn("UNCOLLECTED");
    expect(applicationStatusOf(uncollected.actions)).toBe("UNCOLLECTED");
    // The employer holds it: no counter can hand it over until it is brought back.
    expect(availableActions(uncollected, staff)).toEqual(["RETURN_TO_CENTRE"]);
    expect(availableActions(uncollected, employer)).toEqual(["EMPLOYER_HAND_OUT"]);
    expect(availableActions(uncollected, { ...staff, system: true })).toEqual([
      "CANCEL_UNCOLLECTED",
    ]);
    const returned = employerApplicationIn("RETURNED_TO_CENTRE");
    expect(availableActions(returned, staff)).toEqual(["HAND_OVER"]);
    expect(availableActions(returned, employer)).toEqual([]);
  });

  it("never lets an employer hand out a card a counter holds", () => {
    const atPoint = applicationIn("UNCOLLECTED");
    expect(availableActions(atPoint, employer)).toEqual([]);
    const handOut = later(atPoint, sampleAction("EMPLOYER_HAND_OUT", { by: "EMPLOYER" }));
    expect(applyAction(atPoint, handOut).ok).toBe(false);
  });

  it("needs employer-card:hand-out for the hand-out", () => {
    const withEmployer = employerApplicationIn("WITH_EMPLOYER");
    expect(
      availableActions(withEmployer, { permissions: [], actorIsApplicant: false, employer: true }),
    ).toEqual([]);
  });
});

describe("applicationStatusOf()", () => {
  it("folds a service point application to collected", () => {
    const application = applicationAfter(newApplication("SERVICE_POINT"), [
      ...pathTo.READY_FOR_PICKUP,
      sampleAction("HAND_OVER"),
    ]);
    expect(applicationStatusOf(application.actions)).toBe("COLLECTED");
  });

  it("throws on an impossible history", () => {
    const submit = sampleAction("SUBMIT");
    expect(() => applicationStatusOf([])).toThrow(/begin with SUBMIT/);
    expect(() => applicationStatusOf([sampleAction("APPROVE")])).toThrow(/begin with SUBMIT/);
    expect(() => applicationStatusOf([submit, submit])).toThrow(/SUBMIT by STAFF at position 1/);
    expect(() => applicationStatusOf([submit, sampleAction("MARK_READY")])).toThrow(
      /in status SUBMITTED/,
    );
    expect(() => applicationStatusOf([submit, sampleAction("WITHDRAW")])).toThrow(RangeError);
    expect(() =>
      applicationStatusOf([submit, { ...sampleAction("REFUSE"), at: "2026-09-29T00:00:00.000Z" }]),
    ).toThrow(RangeError);
  });
});

describe("any sequence of actions", () => {
  const collectorAgent = {
    kind: "AGENT" as const,
    name: "李四",
    idType: "PASSPORT" as const,
    idNumber: "E12345678",
    relationship: "OTHER" as const,
  };

  // Each step either takes one of the actions offered now, to either party (to walk deep into the
  // workflow) or any action at all (to be refused most of the time), with random content.
  const stepArbitrary = fc.record({
    pick: fc.nat(),
    // Mostly one of the offered actions, and seldom one that ends the application early, so that
    // the walk goes deep.
    fromOffered: fc.nat(4).map((n) => n > 0),
    mayEnd: fc.nat(4).map((n) => n === 0),
    by: fc.constantFrom(...applicationActors),
    certificates: fc.subarray(["INSURED", "AGENT", "GUARDIAN"] as const, { minLength: 1 }),
    missingItems: fc.subarray(
      [
        { code: "PHOTO" },
        { code: "AUTHORISATION_LETTER" },
        { code: "HOUSEHOLD_REGISTER" },
      ] as const,
      { minLength: 1 },
    ),
    collectorIsAgent: fc.boolean(),
  });

  function actionOf(
    type: ApplicationActionType,
    step: typeof stepArbitrary extends fc.Arbitrary<infer S> ? S : never,
  ): ApplicationAction {
    const action = sampleAction(type, { by: step.by });
    switch (action.type) {
      case "VERIFY_DOCUMENTS":
        return { ...action, certificates: [...step.certificates] };
      case "REQUEST_MATERIALS":
        return { ...action, missingItems: [...step.missingItems] };
      case "HAND_OVER":
      case "ISSUE_ON_THE_SPOT":
        return { ...action, collector: step.collectorIsAgent ? collectorAgent : { kind: "SELF" } };
      default:
        return action;
    }
  }

  it("never leaves the table, and folds back to the status it reached", () => {
    const reached = new Set<ApplicationStatus>();
    fc.assert(
      fc.property(
        fc.constantFrom(...applicationChannels),
        fc.constantFrom(...applicantKinds),
        fc.array(stepArbitrary, { maxLength: 40, size: "max" }),
        (channel, applicantKind, steps) => {
          let application = newApplication(channel, applicantKind);
          let status: ApplicationStatus | null = null;
          for (const step of steps) {
            const offered = applicationActors.flatMap((by) =>
              availableActions(application, {
                permissions: everyPermission,
                actorIsApplicant: by === "APPLICANT",
                system: by === "SYSTEM",
                employer: by === "EMPLOYER",
              }).map((type) => ({ type, by })),
            );
            const candidates = step.mayEnd
              ? offered
              : offered.filter(({ type }) => type !== "REFUSE" && type !== "WITHDRAW");
            const choice =
              step.fromOffered && candidates.length > 0
                ? (candidates[step.pick % candidates.length] as (typeof offered)[number])
                : {
                    type: applicationActionTypes[
                      step.pick % applicationActionTypes.length
                    ] as ApplicationActionType,
                    by: step.by,
                  };
            const { type } = choice;
            const result = applyAction(
              application,
              later(application, actionOf(type, { ...step, by: choice.by })),
            );
            if (!result.ok) continue;
            expect(actionRuleFor(status, type, channel)?.to).toBe(result.status);
            expect(offered).toContainEqual(choice);
            application = result.application;
            status = result.status;
            reached.add(status);
            expect(applicationStatusOf(application.actions)).toBe(status);
          }
        },
      ),
      // Enough walks that the deepest statuses (RETURNED_TO_CENTRE after an uncollected card,
      // WITH_EMPLOYER on the employer channel) are reached every time, not most times.
      { numRuns: 2_000 },
    );
    // The walk reaches every status, so the property is not vacuous.
    expect([...reached].sort()).toEqual([...applicationStatuses].sort());
    // About 3 s alone; a minute leaves room for a machine running the whole suite at once.
  }, 60_000);
});

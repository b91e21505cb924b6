import type { ApplicantKind } from "./applicant-schema";
import {
  type ApplicationAction,
  type ApplicationActionOf,
  type ApplicationActionType,
  type ApplicationActor,
  applicationActionSchema,
} from "./application-actions";
import type { ApplicationChannel } from "./application-channels";
import type { ApplicationStatus } from "./application-statuses";
import { applyAction } from "./apply-action";
import type { CardApplication } from "./card-application";

// Test data only.

export const servicePointId = "3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c";
export const employerId = "7b2d4f6a-1c3e-4a5b-8d9f-0e1a2b3c4d5e";
export const agentId = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
/** GB 11643-1999's own example number. */
export const exampleResidentId = "11010519491231002X";

/** An instant `minutes` after 10:00 China time on Wednesday 30 September 2026, as recorded. */
export function minutesAfterStart(minutes: number): string {
  return new Date(Date.UTC(2026, 8, 30, 2, minutes)).toISOString();
}

/** A valid action of `type` with sample content, taken by staff unless `overrides` say otherwise. */
export function sampleAction<T extends ApplicationActionType>(
  type: T,
  overrides: Partial<ApplicationActionOf<T>> = {},
): ApplicationActionOf<T> {
  const common = { at: minutesAfterStart(0), by: "STAFF" as ApplicationActor };
  const content: { [K in ApplicationActionType]: Omit<ApplicationActionOf<K>, "at" | "by"> } = {
    SUBMIT: { type: "SUBMIT", receiptNumber: "R2026093000001" },
    VERIFY_DOCUMENTS: { type: "VERIFY_DOCUMENTS", certificates: ["INSURED"] },
    REQUEST_MATERIALS: { type: "REQUEST_MATERIALS", missingItems: [{ code: "PHOTO" }] },
    RESUBMIT: { type: "RESUBMIT" },
    REFUSE: { type: "REFUSE", refusal: { reason: "NOT_INSURED" } },
    WITHDRAW: { type: "WITHDRAW" },
    APPROVE: { type: "APPROVE" },
    START_PRODUCTION: { type: "START_PRODUCTION" },
    MARK_FAILED: { type: "MARK_FAILED", failure: { reason: "PRINTING_FAILED" } },
    MARK_READY: { type: "MARK_READY", servicePointId, pickupDeadline: "2027-04-08" },
    HAND_OVER: { type: "HAND_OVER", collector: { kind: "SELF" } },
    ISSUE_ON_THE_SPOT: { type: "ISSUE_ON_THE_SPOT", collector: { kind: "SELF" } },
    EMPLOYER_COLLECT: { type: "EMPLOYER_COLLECT", employerId, agentId },
    EMPLOYER_HAND_OUT: { type: "EMPLOYER_HAND_OUT", agentId },
    EXPIRE_PICKUP: { type: "EXPIRE_PICKUP", pickupDeadline: "2027-04-08" },
    RETURN_TO_CENTRE: { type: "RETURN_TO_CENTRE" },
    CANCEL_UNCOLLECTED: { type: "CANCEL_UNCOLLECTED", recallDeadline: "2027-10-05" },
    ESCALATE: { type: "ESCALATE", reason: "OVERDUE", note: "已超期，请县中心督办" },
    DUE_DATE_CHANGED: {
      type: "DUE_DATE_CHANGED",
      from: "2027-01-04",
      to: "2027-01-05",
      calendarYear: 2027,
    },
  };
  // Parsed, so that every sample is a valid recorded action.
  return applicationActionSchema.parse({
    ...common,
    ...content[type],
    ...overrides,
  }) as ApplicationActionOf<T>;
}

export function newApplication(
  channel: ApplicationChannel = "COUNTY_CENTRE",
  applicantKind: ApplicantKind = "SELF",
): CardApplication {
  return { channel, applicant: { kind: applicantKind }, actions: [] };
}

/** Applies `actions` in order through `applyAction`, one minute apart; throws if one is refused. */
export function applicationAfter(
  application: CardApplication,
  actions: readonly ApplicationAction[],
): CardApplication {
  let current = application;
  for (const action of actions) {
    const result = applyAction(current, {
      ...action,
      at: minutesAfterStart(current.actions.length),
    });
    if (!result.ok) throw new Error(`${action.type} was refused in the fixture path`);
    current = result.application;
  }
  return current;
}

const byApplicant = { by: "APPLICANT" as const };
const byJob = { by: "SYSTEM" as const };
const byEmployer = { by: "EMPLOYER" as const };

function readyPath(): ApplicationAction[] {
  return [
    sampleAction("SUBMIT"),
    sampleAction("VERIFY_DOCUMENTS"),
    sampleAction("APPROVE"),
    sampleAction("START_PRODUCTION"),
    sampleAction("MARK_READY"),
  ];
}

/**
 * A way to reach each status for a SELF applicant, with the insured's certificate verified while
 * SUBMITTED: at the county centre, so that ISSUE_ON_THE_SPOT's guards hold, but WITH_EMPLOYER,
 * which only an employer's application reaches (`channelOfPathTo`).
 */
export const pathTo: Readonly<Record<ApplicationStatus, readonly ApplicationAction[]>> = {
  SUBMITTED: [sampleAction("SUBMIT"), sampleAction("VERIFY_DOCUMENTS")],
  NEEDS_MATERIALS: [sampleAction("SUBMIT"), sampleAction("REQUEST_MATERIALS")],
  REFUSED: [sampleAction("SUBMIT"), sampleAction("REFUSE")],
  WITHDRAWN: [sampleAction("SUBMIT"), sampleAction("WITHDRAW", byApplicant)],
  APPROVED: [sampleAction("SUBMIT"), sampleAction("VERIFY_DOCUMENTS"), sampleAction("APPROVE")],
  IN_PRODUCTION: [
    sampleAction("SUBMIT"),
    sampleAction("VERIFY_DOCUMENTS"),
    sampleAction("APPROVE"),
    sampleAction("START_PRODUCTION"),
  ],
  PRODUCTION_FAILED: [
    sampleAction("SUBMIT"),
    sampleAction("VERIFY_DOCUMENTS"),
    sampleAction("APPROVE"),
    sampleAction("START_PRODUCTION"),
    sampleAction("MARK_FAILED"),
  ],
  READY_FOR_PICKUP: [
    sampleAction("SUBMIT"),
    sampleAction("VERIFY_DOCUMENTS"),
    sampleAction("APPROVE"),
    sampleAction("START_PRODUCTION"),
    sampleAction("MARK_READY"),
  ],
  COLLECTED: [
    sampleAction("SUBMIT"),
    sampleAction("VERIFY_DOCUMENTS"),
    sampleAction("ISSUE_ON_THE_SPOT"),
  ],
  UNCOLLECTED: [...readyPath(), sampleAction("EXPIRE_PICKUP", byJob)],
  RETURNED_TO_CENTRE: [
    ...readyPath(),
    sampleAction("EXPIRE_PICKUP", byJob),
    sampleAction("RETURN_TO_CENTRE"),
  ],
  EXPIRED: [
    ...readyPath(),
    sampleAction("EXPIRE_PICKUP", byJob),
    sampleAction("CANCEL_UNCOLLECTED", byJob),
  ],
  WITH_EMPLOYER: [...readyPath(), sampleAction("EMPLOYER_COLLECT")],
};

/** The channel each of `pathTo`'s paths runs on. */
export function channelOfPathTo(status: ApplicationStatus): ApplicationChannel {
  return status === "WITH_EMPLOYER" ? "EMPLOYER" : "COUNTY_CENTRE";
}

/** An application in `status` by `pathTo`'s way, on its channel. */
export function applicationIn(status: ApplicationStatus): CardApplication {
  return applicationAfter(newApplication(channelOfPathTo(status)), pathTo[status]);
}

/**
 * The statuses an employer's application reaches on its own way (DOMAIN.md, channel 4): its
 * agent collects the cards at the county centre, and the employer may still hold one when the
 * pickup period ends. The guards that need an employer's application hold there.
 */
export const employerPathTo = {
  READY_FOR_PICKUP: readyPath(),
  WITH_EMPLOYER: pathTo.WITH_EMPLOYER,
  COLLECTED: [...pathTo.WITH_EMPLOYER, sampleAction("EMPLOYER_HAND_OUT", byEmployer)],
  UNCOLLECTED: [...pathTo.WITH_EMPLOYER, sampleAction("EXPIRE_PICKUP", byJob)],
  RETURNED_TO_CENTRE: [
    ...pathTo.WITH_EMPLOYER,
    sampleAction("EXPIRE_PICKUP", byJob),
    sampleAction("RETURN_TO_CENTRE"),
  ],
} as const satisfies Partial<Record<ApplicationStatus, readonly ApplicationAction[]>>;

export function employerApplicationIn(status: keyof typeof employerPathTo): CardApplication {
  return applicationAfter(newApplication("EMPLOYER"), employerPathTo[status]);
}

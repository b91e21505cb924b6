import type { ApplicantKind } from "./applicant-schema";
import type { ApplicationAction, CertificateHolder } from "./application-actions";
import type { CardApplication } from "./card-application";
import { type MissingItem, missingItemFits, missingItemKey } from "./missing-items-schema";

/**
 * Whose certificates must be verified before approval: always the insured's; for an agent also
 * the agent's — both, never one (DOMAIN.md, "Getting a card") — and for a guardian the guardian's.
 */
export function requiredCertificatesOf(applicantKind: ApplicantKind): readonly CertificateHolder[] {
  switch (applicantKind) {
    case "SELF":
      return ["INSURED"];
    case "AGENT":
      return ["INSURED", "AGENT"];
    case "GUARDIAN":
      return ["INSURED", "GUARDIAN"];
  }
}

/**
 * The certificates still to verify. Verifications add up over the whole application: a
 * certificate checked before a request for materials stays checked after the resubmission.
 */
export function certificatesToVerify(application: CardApplication): CertificateHolder[] {
  const verified = new Set<CertificateHolder>();
  for (const action of application.actions) {
    if (action.type === "VERIFY_DOCUMENTS")
      for (const holder of action.certificates) verified.add(holder);
  }
  return requiredCertificatesOf(application.applicant.kind).filter(
    (holder) => !verified.has(holder),
  );
}

/** The first request for materials, the one-time notice; undefined while there has been none. */
export function firstNoticeOf(application: CardApplication): readonly MissingItem[] | undefined {
  for (const action of application.actions) {
    if (action.type === "REQUEST_MATERIALS") return action.missingItems;
  }
  return undefined;
}

/**
 * Whether an employer's agent collected the card (EMPLOYER_COLLECT) and has not brought it back
 * to the county centre since (RETURN_TO_CENTRE): then the employer holds it, not a counter.
 */
export function cardIsWithEmployer(application: Pick<CardApplication, "actions">): boolean {
  const last = application.actions.findLast(
    (action) => action.type === "EMPLOYER_COLLECT" || action.type === "RETURN_TO_CENTRE",
  );
  return last?.type === "EMPLOYER_COLLECT";
}

/**
 * Conditions on the application's recorded state that an action in the table may require, by
 * name so that the table stays data. `availableActions` and `applyAction` both check them.
 */
export const applicationGuards = {
  CERTIFICATES_VERIFIED: (application: CardApplication) =>
    certificatesToVerify(application).length === 0,
  // On the spot is the county centre's promise (DOMAIN.md, "Getting a card").
  COUNTY_CENTRE_CHANNEL: (application: CardApplication) => application.channel === "COUNTY_CENTRE",
  // An employer's agent collects only the cards the employer applied for.
  EMPLOYER_CHANNEL: (application: CardApplication) => application.channel === "EMPLOYER",
  // A counter hands over only a card it holds; an employer hands out only one it holds.
  CARD_AT_OFFICE: (application: CardApplication) => !cardIsWithEmployer(application),
  CARD_WITH_EMPLOYER: (application: CardApplication) => cardIsWithEmployer(application),
} as const satisfies Record<string, (application: CardApplication) => boolean>;
export type ApplicationGuard = keyof typeof applicationGuards;

export function guardsHold(
  guards: readonly ApplicationGuard[] | undefined,
  application: CardApplication,
): boolean {
  return (guards ?? []).every((guard) => applicationGuards[guard](application));
}

/**
 * Whether an action's own content fits the application, beyond what the table and the guards
 * say: only the applicant's own kind of certificates; the one-time notice (一次性告知) — a later
 * request may only repeat items the first notice listed, since asking for a new item later is a
 * service failure (DOMAIN.md); a card for a child under 16 is collected by an adult for them.
 */
export function actionFitsApplication(
  application: CardApplication,
  action: ApplicationAction,
): boolean {
  const applicantKind = application.applicant.kind;
  switch (action.type) {
    case "VERIFY_DOCUMENTS": {
      const allowed = requiredCertificatesOf(applicantKind);
      return action.certificates.every((holder) => allowed.includes(holder));
    }
    case "REQUEST_MATERIALS": {
      if (!action.missingItems.every((item) => missingItemFits(item, applicantKind))) return false;
      const first = firstNoticeOf(application);
      if (first === undefined) return true;
      const listed = new Set(first.map(missingItemKey));
      return action.missingItems.every((item) => listed.has(missingItemKey(item)));
    }
    case "HAND_OVER":
    case "ISSUE_ON_THE_SPOT":
      return applicantKind !== "GUARDIAN" || action.collector.kind === "AGENT";
    default:
      return true;
  }
}

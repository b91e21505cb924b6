import { z } from "zod";

/**
 * Why bureau staff look a person's account up (DOMAIN.md, "Asking for the balance": every look-up
 * is recorded — who, whom, when, why). Each look-up is audited with one of these, and the person
 * sees it in their access record.
 */
export const accountLookUpReasons = [
  // The person asks at the counter, showing the ID document.
  "IN_PERSON_INQUIRY",
  // An entrusted agent asks, showing both certificates.
  "AGENT_INQUIRY",
  // The person disputes a transaction or a contribution and the clerk checks the ledger.
  "DISPUTE_CHECK",
  // A written request from a court, the police or an audit office, filed with the case.
  "OFFICIAL_REQUEST",
] as const;
export const accountLookUpReasonSchema = z.enum(accountLookUpReasons);
export type AccountLookUpReason = (typeof accountLookUpReasons)[number];

/** How the clerk found the person: by the resident ID number, or by scanning their e-card. */
export const accountLookUpMethods = ["RESIDENT_ID", "ECARD"] as const;
export type AccountLookUpMethod = (typeof accountLookUpMethods)[number];

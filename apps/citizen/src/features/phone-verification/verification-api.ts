/** Registration and password recovery ask the same things (issue 12's contract): one flow, two procedures. */
export type VerificationPurpose = "registration" | "passwordReset";

export interface PersonDetails {
  residentId: string;
  name: string;
  phone: string;
}

export interface Challenge {
  challengeId: string;
  expiresAt: string;
  resendAfterSeconds: number;
}

export interface VerificationApi {
  start: (details: PersonDetails) => Promise<Challenge>;
  complete: (input: { challengeId: string; code: string; password: string }) => Promise<unknown>;
}

/**
 * One-time codes sent by text message for registration and password recovery: 6 digits, valid 5
 * minutes, 5 tries, a new one at most every 60 seconds (issue "Identity", passwords).
 */
export const verificationPolicy = {
  digits: 6,
  validMinutes: 5,
  maxTries: 5,
  resendSeconds: 60,
} as const;

export const verificationPurposes = ["REGISTRATION", "PASSWORD_RESET"] as const;
export type VerificationPurpose = (typeof verificationPurposes)[number];

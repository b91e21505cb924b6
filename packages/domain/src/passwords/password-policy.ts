/**
 * The password rule for every account, citizen and staff alike. Length, character kinds and the
 * refusal of guessable passwords answer GB/T 22239-2019 §8.1.4.1 a) ("identification information
 * has complexity requirements and is changed regularly"); the common-password and personal-data
 * checks follow NIST SP 800-63B §5.1.1.2. Only staff passwords age: a citizen who must invent a new
 * password every quarter writes it down.
 */
export const passwordPolicy = {
  minLength: 8,
  // No more than passwordInputSchema lets a person type at login.
  maxLength: 128,
  // Of four: upper-case ASCII letter, lower-case ASCII letter, digit, anything else.
  minKinds: 3,
  // A new password may not be any of the account's last five.
  historyCount: 5,
  staffMaxAgeDays: 90,
} as const;

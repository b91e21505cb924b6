import type { UiResource } from "./zh-CN";

export const en: UiResource = {
  app: {
    skipLink: "Skip to main content",
    loading: "Loading, please wait…",
    retry: "Try again",
    titleSeparator: " - ",
  },
  language: {
    switchTo: "中文",
    switchToLang: "zh-CN",
  },
  nav: {
    label: "Main",
    backHome: "Back to home",
  },
  pages: {
    login: "Sign in",
    notFound: "Page not found",
  },
  login: {
    submit: "Sign in",
    submitting: "Signing in…",
    reason: {
      expired:
        "You were signed out because you had not used the service for a while. Please sign in again.",
      signedOut: "You have signed out.",
    },
  },
  fields: {
    password: {
      label: "Password",
      show: "Show password",
      issues: {
        EMPTY: "Enter your password.",
        too_small: "Enter your password.",
        too_big: "The password is too long. Check what you typed.",
      },
    },
    currentPassword: {
      label: "Current password",
      issues: {
        too_small: "Enter your current password.",
        CURRENT_PASSWORD_WRONG: "The current password is not right. Check it and enter it again.",
      },
    },
    newPassword: {
      label: "New password",
      issues: {
        too_small: "Choose a password.",
      },
    },
    otp: {
      label: "Authenticator code",
      hint: "Open the authenticator app on your phone and enter the 6 digits it shows.",
      issues: {
        too_small: "Enter the 6-digit authenticator code.",
        CODE_FORMAT: "The authenticator code has 6 digits. Check it.",
        INVALID_CREDENTIALS:
          "The authenticator code is wrong or has expired. Enter the digits your app shows now.",
      },
    },
  },
  passwordRules: {
    heading: "Password rules",
    met: " (done)",
    unmet: " (not yet)",
    TOO_SHORT: "At least {{minLength}} characters",
    TOO_FEW_KINDS:
      "At least {{minKinds}} of these: capital letters, small letters, digits, symbols",
    COMMON: "Not a common, easy password (such as 12345678 or password)",
    CONTAINS_ID: "Does not contain your resident ID number",
    CONTAINS_BIRTH_DATE: "Does not contain your birth date",
    REUSED: "Not one of your recent passwords",
    SAME_AS_CURRENT: "Not the same as your current password",
  },
  issues: {
    generic: "Something in this field is not right. Check it and try again.",
    EMPTY: "This field cannot be empty.",
    too_small: "This is too short or empty.",
    too_big: "This is too long.",
    invalid_type: "Something in this field is not right. Check it and try again.",
    TOO_SHORT: "The password is too short: use at least {{minLength}} characters.",
    TOO_LONG: "The password is too long: use at most {{maxLength}} characters.",
    TOO_FEW_KINDS:
      "Use at least {{minKinds}} of these: capital letters, small letters, digits, symbols.",
    COMMON: "This password is too common and easy to guess. Choose another one.",
    CONTAINS_ID: "The password must not contain your resident ID number.",
    CONTAINS_BIRTH_DATE: "The password must not contain your birth date.",
    REUSED: "You used this password recently. Choose another one.",
    SAME_AS_CURRENT: "The new password must be different from the current one.",
  },
  errors: {
    generic: "Something went wrong. Please try again later.",
    ACCOUNT_LOCKED:
      "Too many wrong passwords: the account is locked for now. Please try again later.",
    ACCOUNT_LOCKED_UNTIL:
      "Too many wrong passwords: the account is locked. You can try again after {{time}}.",
    SECOND_FACTOR_REQUIRED: "Enter the 6-digit code from your authenticator app.",
    RATE_LIMITED: "Too many attempts. Please try again later.",
    RATE_LIMITED_AFTER: "Too many attempts. Please try again in {{seconds}} seconds.",
    VERIFICATION_FAILED:
      "The code is wrong or no longer valid. Check it and enter it again, or ask for a new code.",
    PASSWORD_REJECTED: "The password does not meet the rules. Change it as shown.",
    CURRENT_PASSWORD_WRONG: "The current password is not right. Check it and enter it again.",
    APPLICATION_ALREADY_OPEN:
      "A card application is already in progress. Check how it is going first.",
    APPLICATION_CHANGED:
      "Someone else has just worked on this application. Look at where it stands now, then try again.",
    ACTION_NOT_ALLOWED: "This cannot be done while the application is at this stage.",
    PHOTO_REJECTED: "The photo does not meet the requirements. Upload one that does.",
    UNAUTHENTICATED: "You are no longer signed in. Please sign in again.",
    FORBIDDEN: "You are not allowed to do this.",
    NOT_FOUND: "Nothing was found.",
    VALIDATION_FAILED: "Something you entered is not right. Check it and try again.",
    INTERNAL: "The service is busy. Please try again later.",
    NETWORK: "Cannot reach the service. Check your connection and try again.",
  },
  session: {
    warningTitle: "You will be signed out soon",
    warningBody:
      "You have not done anything for a while. To keep your account safe, you will be signed out automatically.",
    remaining: "{{minutes}} min {{seconds}} s left",
    staySignedIn: "Stay signed in",
    signOut: "Sign out",
    signingOut: "Signing out…",
  },
  crash: {
    title: "Something went wrong",
    body: "Sorry, this page has a problem. Please reload it; if the problem stays, try again later.",
    reload: "Reload",
  },
  notFound: {
    body: "The page you are looking for does not exist.",
  },
  ledger: {
    contributionCredit: "Contribution credited for {{month}}",
    contributionCreditNoMonth: "Contribution credited",
    settlementDebit: {
      PHARMACY: "Pharmacy purchase",
      HOSPITAL: "Outpatient or inpatient bill",
      other: "Medical insurance payment",
    },
    reversal: "Reversal (refund)",
    at: "{{what}} · {{institution}}",
  },
};

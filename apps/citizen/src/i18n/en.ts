import type { Resource } from "./zh-CN";

export const en: Resource = {
  app: {
    name: "Medical Insurance Services",
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
    home: "Home",
    profile: "My profile",
    backHome: "Back to home",
  },
  pages: {
    login: "Sign in",
    home: "My medical insurance account",
    balance: "Account balance",
    transactions: "Transactions",
    profile: "My profile",
    notFound: "Page not found",
  },
  login: {
    heading: "Sign in to Medical Insurance Services",
    intro:
      "Sign in with your resident ID number and password to see your personal medical insurance account.",
    displaySettings: "Display settings",
    submit: "Sign in",
    submitting: "Signing in…",
    reason: {
      expired:
        "You were signed out because you had not used the service for a while. Please sign in again.",
      signedOut: "You have signed out.",
    },
  },
  fields: {
    residentId: {
      label: "Resident ID number",
      hint: "18 characters; the last one may be the letter X.",
      issues: {
        EMPTY: "Enter your resident ID number.",
        too_small: "Enter your resident ID number.",
        WRONG_LENGTH: "A resident ID number has 18 characters. Check how many you entered.",
        FIFTEEN_DIGIT_NOT_ACCEPTED:
          "Old 15-digit ID numbers are not accepted. Enter your 18-character number.",
        INVALID_CHARACTERS: "Use digits only; the last character may be X.",
        INVALID_BIRTH_DATE:
          "The birth date in the number (characters 7 to 14) is not a real date. Check it.",
        BIRTH_DATE_IN_FUTURE:
          "The birth date in the number (characters 7 to 14) is after today. Check it.",
        CHECK_CHARACTER_MISMATCH:
          "The last character does not match the first 17. A digit may be mistyped; check each one.",
      },
    },
    password: {
      label: "Password",
      show: "Show password",
      issues: {
        EMPTY: "Enter your password.",
        too_small: "Enter your password.",
        too_big: "The password is too long. Check what you typed.",
      },
    },
  },
  issues: {
    generic: "Something in this field is not right. Check it and try again.",
    EMPTY: "This field cannot be empty.",
    too_small: "This is too short or empty.",
    too_big: "This is too long.",
    invalid_type: "Something in this field is not right. Check it and try again.",
  },
  errors: {
    generic: "Something went wrong. Please try again later.",
    INVALID_CREDENTIALS:
      "The resident ID number or password is not right. Check them and try again.",
    ACCOUNT_LOCKED:
      "Too many wrong passwords: the account is locked for now. Please try again later.",
    ACCOUNT_LOCKED_UNTIL:
      "Too many wrong passwords: the account is locked. You can try again after {{time}}.",
    UNAUTHENTICATED: "You are no longer signed in. Please sign in again.",
    FORBIDDEN: "You are not allowed to do this.",
    NOT_FOUND: "Nothing was found.",
    VALIDATION_FAILED: "Something you entered is not right. Check it and try again.",
    INTERNAL: "The service is busy. Please try again later.",
    NETWORK: "Cannot reach the service. Check your connection and try again.",
  },
  account: {
    name: "Name",
    maskedResidentId: "Resident ID number",
    statusLabel: "Account status",
    status: {
      ACTIVE: "Active",
      SEALED: "Sealed",
      NO_CONTRIBUTIONS: "No contributions",
    },
    sealedSince: "Sealed since {{month}}",
    sealedExplanation:
      "While the account is sealed, nothing can be paid from it and no medical bills can be settled with it. The money stays in the account and is not lost. When contributions are paid again, the account is unsealed from that month.",
    noContributionsExplanation:
      "No contributions have been paid into your personal account yet. Once they are, they are credited every month.",
    lastPaidMonth: "Last month paid",
    noPaidMonth: "None yet",
    balance: "Personal account balance",
    asOf: "As of {{time}}",
  },
  transactions: {
    heading: "Recent transactions",
    empty: "No transactions yet.",
    amount: "Amount",
    balanceAfter: "Balance after: {{amount}}",
    kind: {
      CONTRIBUTION_CREDIT: "Contribution credited",
      SETTLEMENT_DEBIT: "Medical payment",
      REVERSAL: "Reversal",
    },
  },
  readAloud: {
    balance: "Read balance aloud",
    stop: "Stop reading",
    // Spoken with a Chinese voice whatever the interface language: read through getFixedT("zh-CN").
    balanceText: "您的医保个人账户余额是 {{amount}} 元。",
    sealedText: "账户目前封存，钱还在，不会丢失。",
  },
  elderMode: {
    label: "Senior mode",
    on: "On",
    off: "Off",
    description: "Bigger text, bigger buttons, simpler words.",
    saveFailed:
      "This phone remembers your choice, but it could not be saved to your account: set it again when you sign in on another device.",
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
  profile: {
    myDetails: "My details",
    settings: "Settings",
    language: "Language",
  },
  crash: {
    title: "Something went wrong",
    body: "Sorry, this page has a problem. Please reload it; if the problem stays, try again later or call the medical insurance hotline 12393.",
    reload: "Reload",
  },
  notFound: {
    body: "The page you are looking for does not exist.",
  },
  elder: {
    nav: {
      profile: "Me",
    },
    pages: {
      home: "Senior mode home",
      balance: "Check balance",
    },
    home: {
      greeting: "Hello, {{name}}",
      tasks: "What would you like to do?",
    },
    tasks: {
      balance: { label: "Check balance", description: "See how much money is in your account" },
      transactions: { label: "Transactions", description: "See when money came in and went out" },
    },
    account: {
      balance: "Money in your account",
      sealedExplanation:
        "Your account is paused: you cannot pay doctors from it now. The money is still there. Once you pay your insurance again, you can use it from that month.",
    },
    transactions: {
      heading: "Money in and out",
    },
    session: {
      warningBody: "You have not done anything for a while. Do you want to keep going?",
    },
  },
};

import type { Resource } from "./zh-CN";

export const en: Resource = {
  app: {
    name: "Medical Insurance Services",
  },
  nav: {
    home: "Home",
    profile: "Me",
  },
  pages: {
    home: "My medical insurance account",
    balance: "Account balance",
    transactions: "Transactions",
    profile: "My profile",
  },
  login: {
    heading: "Sign in to Medical Insurance Services",
    intro:
      "Sign in with your resident ID number and password to see your personal medical insurance account.",
    displaySettings: "Display settings",
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
  },
  errors: {
    INVALID_CREDENTIALS:
      "The resident ID number or password is not right. Check them and try again.",
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
  profile: {
    myDetails: "My details",
    settings: "Settings",
    language: "Language",
  },
  crash: {
    body: "Sorry, this page has a problem. Please reload it; if the problem stays, try again later or call the medical insurance hotline 12393.",
  },
  elder: {
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

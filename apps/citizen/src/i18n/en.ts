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
    registration: "Create an online account",
    passwordReset: "Reset your password",
    security: "Account security",
    changePassword: "Change password",
    enableAuthenticator: "Turn on the authenticator",
    disableAuthenticator: "Turn off the authenticator",
  },
  login: {
    heading: "Sign in to Medical Insurance Services",
    intro:
      "Sign in with your resident ID number and password to see your personal medical insurance account.",
    displaySettings: "Display settings",
    accountLinks: "Create an account or reset your password",
    forgotPassword: "Forgot your password?",
    registerPrompt: "No online account yet?",
    register: "Create one",
    useRecoveryCode: "Phone not with you? Use a recovery code",
    useAuthenticator: "Use the code from the authenticator instead",
    reason: {
      signedOutEverywhere:
        "You have been signed out on every device. Sign in again with your password.",
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
    name: {
      label: "Name",
      hint: "As on your resident ID card.",
      issues: {
        too_small: "Enter your name.",
        too_big: "The name is too long. Check it.",
      },
    },
    phone: {
      label: "Mobile number",
      hint: "The number you gave when you enrolled; the code is sent to it.",
      issues: {
        PHONE_FORMAT: "A mobile number has 11 digits and starts with 1. Check it.",
      },
    },
    smsCode: {
      label: "Code from the text message",
      hint: "{{digits}} digits, valid for {{validMinutes}} minutes.",
      issues: {
        EMPTY: "Enter the code from the text message.",
        CODE_FORMAT: "The code has {{digits}} digits. Check it.",
      },
    },
    otp: {
      issues: {
        EMPTY: "Enter the authenticator code.",
      },
    },
    recoveryCode: {
      label: "Recovery code",
      hint: "One of the recovery codes you saved when you turned the authenticator on, like abcd-efgh. Each works once.",
    },
    recoverySaved: {
      label: "I have saved these recovery codes",
      issues: {
        NOT_CONFIRMED: "Save the recovery codes first, then tick this box.",
      },
    },
  },
  errors: {
    INVALID_CREDENTIALS:
      "The resident ID number or password is not right. Check them and try again.",
  },
  verification: {
    registration: {
      intro:
        "Enter your details as they are in your insurance record. If they match, we text a code to your phone; with it you choose your password.",
      submit: "Create account and sign in",
    },
    passwordReset: {
      intro:
        "Enter your details as they are in your insurance record. If they match, we text a code to your phone; with it you choose a new password.",
      submit: "Set new password and sign in",
    },
    detailsHeading: "Step 1 of 2: your details",
    codeHeading: "Step 2 of 2: the code and your password",
    sendCode: "Text me a code",
    sending: "Sending…",
    sent: "If the details match our records, a code was sent to {{phone}}.",
    resent:
      "If the details match our records, a new code was sent to {{phone}}. The earlier code no longer works.",
    resendIn: "You can ask for a new code in {{seconds}} seconds",
    resend: "Send a new code",
    changeDetails: "Typed something wrong? Go back and change it",
    submitting: "Sending…",
    backToLogin: "Back to sign in",
  },
  notices: {
    registration: "Your account is ready and you are signed in.",
    passwordReset: "Your new password is set and you are signed in.",
    passwordChanged: "Your password has been changed.",
    authenticatorOn:
      "The authenticator is on. From now on, you enter its code after your password when you sign in.",
    authenticatorOff: "The authenticator is off. From now on, you sign in with your password only.",
  },
  security: {
    password: {
      heading: "Password",
      body: "Do not use the same password as on other sites. If you think someone knows it, change it now.",
    },
    authenticator: {
      heading: "Authenticator (two-step sign-in)",
      statusLabel: "Status: ",
      on: "On",
      off: "Off",
      body: "When it is on, signing in takes your password and the code that the authenticator app on your phone shows. Someone who knows your password still cannot sign in.",
    },
    signOutEverywhere: {
      heading: "Sign out everywhere",
      body: "If you signed in on someone else's phone or a public computer, you can sign out on every device, this one included.",
      button: "Sign out everywhere",
      question: "Sign out on every device? You will have to sign in again on each of them.",
      confirm: "Yes, sign out",
      cancel: "Cancel",
      pending: "Signing out…",
    },
    backToProfile: "Back to Me",
    backToSecurity: "Back to account security",
  },
  changePassword: {
    mustChange: "Your password has to be changed. Choose a new one before you go on.",
    submit: "Change password",
    submitting: "Changing…",
  },
  authenticator: {
    intro:
      "An authenticator is an app on your phone that shows a new 6-digit code every 30 seconds. Once it is on, you enter that code when you sign in.",
    apps: "Any authenticator app that supports TOTP works, such as Microsoft Authenticator, Google Authenticator or Tencent Authenticator. Install one on your phone first.",
    start: "Start",
    scanHeading: "1. Add the account to your authenticator",
    scan: 'Open the authenticator app, choose "Scan a QR code" and scan the code below.',
    qrAlt: "QR code for your authenticator app to scan",
    typeInstead:
      'If you cannot scan it, choose "Enter a setup key" in the app and type this key (the spaces are optional):',
    secretLabel: "Setup key: ",
    confirmHeading: "2. Enter the code the app shows",
    confirm: "Turn on",
    confirming: "Checking…",
    cancel: "Not now: back to account security",
    enabled: "The authenticator is on.",
    recoveryHeading: "3. Save your recovery codes",
    recoveryBody:
      "If you lose or change your phone, you can sign in with a recovery code instead of the app's code; each one works once. They are shown only this once: write them down or take a screenshot, and keep them somewhere safe.",
    done: "Done",
  },
  disableAuthenticator: {
    intro:
      "Once it is off, your password alone signs you in, which is less safe. Enter your password and the code the authenticator shows now.",
    submit: "Turn off",
    submitting: "Turning off…",
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
    security: "Account and security",
    securityDescription: "Password, authenticator, sign out everywhere",
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

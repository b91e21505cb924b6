import { accessLogEn } from "../features/access-log/access-log-texts";
import { contributionsEn } from "../features/contributions/contributions-texts";
import { ecardEn } from "../features/ecard/ecard-texts";
import { outlookEn } from "../features/outlook/outlook-texts";
import { ratingEn } from "../features/rating/rating-texts";
import type { Resource } from "./zh-CN";

export const en: Resource = {
  app: {
    name: "Medical Insurance Services",
  },
  nav: {
    home: "Home",
    services: "Services",
    messages: "Messages",
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
    services: "Services",
    cardApply: "Apply for a medical insurance card",
    cardProgress: "Application progress",
    reportLost: "Report the card lost",
    replacement: "Replace the card",
    messages: "Messages",
    privacy: "Personal information notice",
    ecard: "Medical insurance e-card",
    contributions: "Contributions",
    accessLog: "Who looked at my account",
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
      cardHint: "Progress and pickup messages are sent to this number: 11 digits, starting with 1.",
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
    photo: {
      label: "ID photo",
      hint: "A JPEG (.jpg) of {{requiredWidth}} × {{requiredHeight}} pixels on a white background, {{minKb}}–{{maxKb}} KB. A photo studio's “social security card photo” meets this.",
      previewAlt: "The ID photo you chose",
      previewCaption: "The photo meets the rules and will be sent with the application.",
      issues: {
        too_small: "Upload an ID photo.",
        NOT_JPEG: "This is not a JPEG photo. Upload a .jpg photo (not PNG, HEIC or a screenshot).",
        UNREADABLE: "The photo file is damaged or cannot be read. Choose another photo.",
        WRONG_DIMENSIONS:
          "The photo is {{width}} × {{height}} pixels; it must be {{requiredWidth}} × {{requiredHeight}}. Use a photo studio's card photo, or crop it to that size.",
        TOO_SMALL_FILE:
          "The photo file is only {{kb}} KB: too small. It must be at least {{minKb}} KB. Use a sharper photo.",
        TOO_LARGE_FILE: "The photo file is {{kb}} KB: too large. It may be at most {{maxKb}} KB.",
      },
    },
    servicePointCode: {
      label: "Where to collect the card",
      hint: "When the card is made, you collect it here.",
      issues: {
        too_small: "Choose where to collect the card.",
        UNKNOWN_SERVICE_POINT: "This place can no longer be chosen. Choose another.",
      },
    },
    reason: {
      label: "Why a new card",
      issues: {
        invalid_value: "Choose why you need a new card.",
      },
    },
  },
  errors: {
    INVALID_CREDENTIALS:
      "The resident ID number or password is not right. Check them and try again.",
    ACCOUNT_SEALED:
      "The personal account is sealed: nothing can be paid from it. It is unsealed from the month contributions are paid again.",
    ECARD_TOKEN_INVALID:
      "The e-card QR code is no longer valid (it expired or was used already). Refresh it and show it again.",
    REVERSAL_NOT_ALLOWED:
      "This settlement cannot be reversed: it was reversed already, or it was not made today.",
    SETTLEMENT_CONFLICT:
      "This terminal transaction number was already used for another settlement. Check it and try again.",
    FILE_TOO_LARGE: "The file is too large: each file may be at most 10 MB.",
    FILE_REJECTED: "The file's type or size is not accepted. Please choose another file.",
    BATCH_HAS_INVALID_ROWS:
      "Some rows of this batch are invalid: fix the file and upload it again, or submit the valid rows only.",
    BATCH_NOT_READY: "This batch cannot be submitted yet. See the check result.",
    PAYER_ALREADY_REGISTERED: "This payer is registered already; no second registration is needed.",
    TAX_RECORD_CONFLICT: "This record's present state does not allow this.",
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
    cardApplied:
      "Your application is submitted and accepted. Note the receipt number; you can follow the progress here at any time.",
    replacementApplied: "Your application for a new card is submitted and accepted.",
    cardReportedLost: "The card is reported lost, with immediate effect: it can no longer be used.",
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
    sealedWhy: "Why: no contributions have been recorded after {{month}}.",
    sealedMayPayExplanation:
      "While the account is sealed, its balance can still pay outpatient and pharmacy costs; pooled-fund benefits are paused. When contributions are paid again, the account is unsealed from that month.",
    activeExplanation:
      "Your account is active: pay with the e-card or the card at designated pharmacies and hospitals.",
    noContributionsExplanation:
      "No contributions have been paid into your personal account yet. Once they are, they are credited every month.",
    lastPaidMonth: "Last month paid",
    noPaidMonth: "None yet",
    balance: "Personal account balance",
    asOf: "As of {{time}}",
    more: "More about your account",
    transactionsLink: "Transactions",
    transactionsDescription: "Every credit, payment and reversal",
    contributionsLink: "Contributions",
    contributionsDescription: "What was paid each month and what was credited to your account",
    outlookDescription: "How long the balance lasts, from the last 12 months",
    backToBalance: "Back to the balance",
  },
  transactions: {
    heading: "Recent transactions",
    empty: "No transactions yet.",
    emptyFiltered: "No transactions match.",
    amount: "Amount",
    balanceAfter: "Balance after: {{amount}}",
    viewAll: "See all transactions",
    month: "Month",
    allMonths: "All months",
    kindLegend: "Kind",
    kind: {
      all: "All",
      CONTRIBUTION_CREDIT: "Credits",
      SETTLEMENT_DEBIT: "Payments",
      REVERSAL: "Reversals",
    },
    shown: "{{count}} shown",
    loadMore: "Load more",
    loadingMore: "Loading…",
  },
  readAloud: {
    balance: "Read balance aloud",
    stop: "Stop reading",
    cardProgress: "Read the card progress aloud",
    // Spoken with a Chinese voice whatever the interface language: read through getFixedT("zh-CN").
    balanceText: "您的医保个人账户余额是 {{amount}} 元。",
    sealedText: "账户目前封存，钱还在，不会丢失。",
  },
  shell: {
    authority: "Yunxi County Healthcare Security Administration",
    hotlines: {
      national: "Social security hotline",
      countyCentre: "County centre",
    },
  },
  services: {
    heading: "Services",
    cardGroup: "Medical insurance card",
    accountGroup: "Medical insurance account",
    account: "Balance",
    apply: "Apply for a card",
    progress: "Progress",
    lost: "Report lost",
    replace: "Replace card",
    transactions: "Transactions",
    ecard: "E-card",
    contributions: "Contributions",
  },
  card: {
    applyIntro:
      "Apply for your medical insurance card online: choose where to collect it, upload your ID photo and give your mobile number. It is done within 3 working days of acceptance; then you collect the card where you chose.",
    replacementIntro:
      "If your card is lost, damaged or expired, or your details changed, apply for a new one here and collect it where you choose.",
    backToServices: "Back to Services",
    backToProgress: "Back to the progress",
    openingHours: "Opening hours:",
    phone: "Phone:",
    alreadyOpen:
      "You already have a card application in progress (receipt number {{reference}}, now: {{status}}). There cannot be a second one.",
    seeProgress: "See the progress",
    notAllowed: {
      CARD_ALREADY_ISSUED:
        "You already have a card. If it is lost or damaged, apply for a replacement.",
      NO_CARD_TO_REPLACE: "You have no card yet. Apply for your first card.",
      NO_ACTIVE_CARD: "You have no card in use, so there is nothing to report lost.",
      WORKFLOW:
        "The application's present status does not allow this. Reload the page to see the latest.",
      NOT_AVAILABLE:
        "The application's present status does not allow this. Reload the page to see the latest.",
    },
    submitApply: "Submit the application",
    submitReplacement: "Apply for the new card",
    submitting: "Submitting…",
    pending: "Working…",
    cancel: "Cancel",
    resubmit: "Send the materials again",
    withdraw: {
      button: "Withdraw the application",
      question:
        "Withdraw application {{reference}}? It then ends; you can apply again when you need to.",
      confirm: "Withdraw",
    },
    reportLost: {
      intro:
        "Reporting the card lost stops it at once, so nobody who finds it can use it. Then you can apply for a replacement.",
      button: "Report this card lost",
      question: "Report the card lost? It stops working at once.",
      confirm: "Report lost",
      notActive: "You have no card in use, so there is nothing to report lost.",
    },
    myCard: "My medical insurance card",
    cardNumber: "Card number",
    oldCard: "Old card",
    oldCardReplaced: "Replaced by application {{reference}}; it can no longer be used.",
    cardStatusLabel: "Card status",
    cardStatus: {
      ACTIVE: "Active",
      REPORTED_LOST: "Reported lost",
      CANCELLED: "Cancelled",
    },
    reportedLostExplanation:
      "This card is reported lost and cannot be used. Apply for a replacement, giving “Card lost” as the reason.",
    noCard: "You have no medical insurance card yet.",
    applicationsHeading: "My applications",
    noApplications: "No card applications yet.",
    status: {
      SUBMITTED: "Accepted",
      NEEDS_MATERIALS: "Materials needed",
      REFUSED: "Refused",
      WITHDRAWN: "Withdrawn",
      APPROVED: "Approved",
      IN_PRODUCTION: "Card being made",
      PRODUCTION_FAILED: "Card production failed",
      READY_FOR_PICKUP: "Ready to collect",
      COLLECTED: "Collected",
      UNCOLLECTED: "Not collected in time",
      RETURNED_TO_CENTRE: "Sent back to the county centre",
      EXPIRED: "Cancelled, not collected",
      WITH_EMPLOYER: "With your employer: collect it there",
    },
    statusExplanation: {
      SUBMITTED: "The application is accepted; staff are checking it.",
      NEEDS_MATERIALS:
        "These materials are still missing. Provide them all, then send the application again.",
      REFUSED: "The application is refused; the reason and what to do are below.",
      WITHDRAWN: "You withdrew this application.",
      APPROVED: "The application is approved; the card will be made next.",
      IN_PRODUCTION: "Your card is being made.",
      PRODUCTION_FAILED:
        "The card could not be made. Staff will make it again: you need not apply again.",
      READY_FOR_PICKUP:
        "Your card is ready. Bring your valid ID document and collect it at the place below before the deadline.",
      COLLECTED: "The card has been collected.",
      UNCOLLECTED:
        "The pickup period is over, but the card is still at the place below: bring your valid ID document and collect it soon. Uncollected cards go back to the county centre and are cancelled when the holding period ends.",
      RETURNED_TO_CENTRE:
        "The card was not collected in time and has gone back to the county centre: collect it there with your valid ID document. It is cancelled if not collected by the end of the holding period.",
      EXPIRED:
        "The card was not collected by the end of the holding period and has been cancelled. Apply again if you need a card.",
      WITH_EMPLOYER:
        "Your card is ready and your employer has collected it for you: ask your employer for it.",
    },
    kind: {
      FIRST_ISSUE: "First card",
      REPLACEMENT: "Replacement",
    },
    kindReason: " ({{reason}})",
    replacementReason: {
      LOST: "Card lost",
      DAMAGED: "Card damaged",
      EXPIRED: "Card expired",
      DETAILS_CHANGED: "Personal details changed",
    },
    oldCardCancelled: {
      SUBMISSION: "The old card is cancelled as soon as you apply, and can no longer be used.",
      COLLECTION:
        "The old card is cancelled when you collect the new one; until then you can still use it.",
    },
    reference: "Receipt number",
    submittedAt: "Submitted",
    channelLabel: "Channel",
    channel: {
      COUNTY_CENTRE: "County centre counter",
      SERVICE_POINT: "Service point counter",
      ONLINE: "Online",
      EMPLOYER: "Through the employer",
    },
    dueDate: "Due by",
    dueDateProvisional: "(expected; may change when the holiday dates are published)",
    pickupBy: "Collect by",
    pickupAt: "Where to collect",
    collectAt: "Where to collect (once the card is made)",
    uncollectedAt: "Where the card is kept for now (collect it soon)",
    returnedAt: "Where to collect (the card is back at the county centre)",
    missingHeading: "Materials still needed (all of them, listed at once):",
    missingItem: {
      PHOTO: "An ID photo that meets the rules",
      ID_DOCUMENT_COPY: "A copy of your valid ID document",
      AGENT_ID_DOCUMENT: "The agent's valid ID document",
      AUTHORISATION_LETTER: "A letter of authorisation signed by the insured person",
      HOUSEHOLD_REGISTER: "The household register booklet",
      GUARDIAN_ID_DOCUMENT: "The guardian's valid ID document",
    },
    refusalHeading: "Notice of refusal",
    refusalReasonLabel: "Reason: ",
    refusalRemedyLabel: "What to do: ",
    refusalReason: {
      NOT_INSURED: "You are not enrolled in basic medical insurance at present.",
      DUPLICATE_APPLICATION: "You already have a card application in progress.",
      DOCUMENTS_INVALID: "The ID document given is not valid or has expired.",
      PHOTO_UNSUITABLE: "The photo does not meet the card's requirements.",
    },
    refusalRemedy: {
      ENROL_FIRST: "Enrol first, then apply.",
      FOLLOW_OPEN_APPLICATION:
        "Follow the application already in progress; there is no need to apply twice.",
      BRING_VALID_DOCUMENTS: "Bring a valid ID document to a service point and apply again.",
      PROVIDE_CONFORMING_PHOTO: "Get a photo that meets the rules and apply again.",
    },
    timelineHeading: "What has happened",
    action: {
      SUBMIT: "Application submitted",
      VERIFY_DOCUMENTS: "Documents checked",
      REQUEST_MATERIALS: "Materials requested",
      RESUBMIT: "Materials sent",
      REFUSE: "Refused",
      WITHDRAW: "Withdrawn",
      APPROVE: "Approved",
      START_PRODUCTION: "Card production started",
      MARK_FAILED: "Card production failed",
      MARK_READY: "Card arrived for collection",
      HAND_OVER: "Card collected",
      ISSUE_ON_THE_SPOT: "Card issued on the spot",
      EMPLOYER_COLLECT: "Card collected by your employer",
      EMPLOYER_HAND_OUT: "Card handed to you by your employer",
      EXPIRE_PICKUP: "Pickup period ended",
      RETURN_TO_CENTRE: "Card sent back to the county centre",
      CANCEL_UNCOLLECTED: "Card cancelled, not collected",
      ESCALATE: "Escalated to the county centre",
      DUE_DATE_CHANGED: "Due date settled",
    },
    spoken: {
      none: "You have no card application.",
      cardOnly: "Your medical insurance card: {{status}}.",
      status: "Your card application {{reference}}: {{status}}.",
      pickup: " Collect it by {{pickupBy}} at {{name}}, {{address}}, open {{hours}}.",
    },
  },
  messages: {
    unreadCount: "Unread messages: {{count}}",
    unread: "Unread",
    empty: "No messages yet.",
    loadMore: "Load more",
    loadingMore: "Loading…",
    toProgress: "See the progress",
  },
  privacy: {
    intro:
      "The Yunxi County Healthcare Security Administration handles your personal information under the Personal Information Protection Law of the People's Republic of China. In plain words: what we keep, why, who sees it, and your rights.",
    what: {
      heading: "What we keep",
      body: "Your name, resident ID number, mobile number, enrolment and contribution records, your personal account's credits and debits, card applications and ID photos, and sign-in records. The ID number, the photo and medical costs are sensitive personal information: we use them only where a service needs them.",
    },
    why: {
      heading: "Why",
      body: "To run medical insurance for you: to check who you are, keep the account and show the balance, make and hand out the card, tell you how an application stands, and keep your account safe. Never for anything else, never for advertising.",
    },
    who: {
      heading: "Who sees it",
      body: "You; the county centre's and service points' staff handling your case, who see only what that case needs, every look-up recorded; and the tax authority and other bodies the law names. We do not sell or give your information to anyone else.",
    },
    howLong: {
      heading: "For how long",
      body: "As long as the rules for medical insurance records require; what is no longer needed is deleted or anonymised as those rules say.",
    },
    rights: {
      heading: "Your rights",
      body: "You may see and copy your information, have a mistake corrected, and ask how we handle it. For help, or if you disagree with how we handle it, call 12333 or the county centre on 0871-67120333, or come to the county centre's counter.",
    },
    updated: "This notice was updated in 2026.",
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
    privacy: "Privacy",
    privacyDescription: "What we keep, why, and your rights",
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
      ecard: { label: "E-card", description: "Let the cashier scan it when you pay" },
      balance: { label: "Check balance", description: "See how much money is in your account" },
      cardProgress: {
        label: "Card progress",
        description: "See how far your card has got and where to collect it",
      },
      transactions: { label: "Transactions", description: "See when money came in and went out" },
    },
    account: {
      balance: "Money in your account",
      sealedExplanation:
        "Your account is paused: you cannot pay doctors from it now. The money is still there. Once you pay your insurance again, you can use it from that month.",
      sealedMayPayExplanation:
        "Your account is partly paused: you can still pay the doctor and the pharmacy from it, but hospital benefits are stopped. Once you pay your insurance again, it all works from that month.",
    },
    ecard: {
      intro: "When you pay for the doctor or medicine, let the cashier scan this code.",
    },
    transactions: {
      heading: "Money in and out",
    },
    session: {
      warningBody: "You have not done anything for a while. Do you want to keep going?",
    },
    card: {
      applyIntro:
        "Get your card on the phone: choose a place near home to collect it, add an ID photo and your mobile number. It takes about 3 working days; then collect it there.",
      statusExplanation: {
        READY_FOR_PICKUP:
          "Your card is ready. Bring your ID card and collect it at the place below before the last day.",
      },
      reportLost: {
        intro:
          "Lost your card? Report it first. It stops working at once, so nobody else can use it.",
      },
    },
  },
  rating: ratingEn,
  ecard: ecardEn,
  contributions: contributionsEn,
  outlook: outlookEn,
  accessLog: accessLogEn,
};

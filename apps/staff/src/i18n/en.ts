import { bureauEn } from "../features/bureau/bureau-texts";
import { calendarEn } from "../features/calendar/calendar-texts";
import { dashboardEn } from "../features/dashboard/dashboard-texts";
import { deliveriesEn } from "../features/deliveries/deliveries-texts";
import { employerBatchesEn } from "../features/employer-batches/employer-batches-texts";
import { followUpsEn } from "../features/follow-ups/follow-ups-texts";
import { inboxEn } from "../features/inbox/inbox-texts";
import { jobsEn } from "../features/jobs/jobs-texts";
import { parametersEn } from "../features/parameters/parameters-texts";
import { settlementEn } from "../features/settlement/settlement-texts";
import { taxEn } from "../features/tax/tax-texts";
import type { Resource } from "./zh-CN";

export const en: Resource = {
  app: {
    name: "Medical Insurance Counter",
  },
  nav: {
    applications: "Card applications",
    citizenLogin: "Unlock online login",
    staffUsers: "Staff accounts",
    audit: "Audit trail",
    outbox: "Text message outbox",
    account: "My account",
    calendar: "Working calendar",
    parameters: "Parameters",
    dashboard: "Service levels",
    inbox: "Messages",
    followUps: "Rating follow-ups",
    deliveries: "Undelivered messages",
    jobs: "Background jobs",
    settlement: "Insurance payment",
    balanceInquiry: "Balance inquiry",
    employerBatches: "Employer batches",
    payers: "Payer registration",
    collections: "Collection import",
    arrears: "Arrears",
    supervision: "Supervision",
    fundIncome: "Fund income",
  },
  pages: {
    registerApplication: "Register a card application",
    reportLoss: "Report a card lost",
    applications: "Card applications",
    secondFactor: "Set up your authenticator",
    recoveryCodes: "Keep your recovery codes",
    changePassword: "Change your password",
    account: "My account",
    citizenLogin: "Unlock an insured person's online login",
    staffUsers: "Staff accounts",
    createStaffUser: "New staff account",
    audit: "Audit trail",
    outbox: "Text message outbox",
  },
  login: {
    heading: "Staff sign-in",
    intro: "Sign in with your own staff account. Sign out whenever you leave the counter.",
  },
  fields: {
    username: {
      label: "Username",
      hint: "Letters, digits and . _ -, such as zhang.wei01.",
      issues: {
        EMPTY: "Enter your username.",
        too_small: "Enter your username.",
        too_big: "The username is too long. Check what you typed.",
        invalid_format: "The username may contain only letters, digits and the allowed symbols.",
      },
    },
    otp: {
      hint: "Open the authenticator app on your phone and enter the 6 digits it shows. Without your phone, enter one of your recovery codes (such as abcd-efgh). At your first sign-in, before you have set one up, leave this empty.",
      issues: {
        CODE_FORMAT:
          "An authenticator code has 6 digits; a recovery code looks like abcd-efgh. Check it.",
      },
    },
    code: {
      label: "Authenticator code",
      hint: "Enter the 6 digits your authenticator app shows now.",
      issues: {
        EMPTY: "Enter the 6-digit code.",
        CODE_FORMAT: "The code has 6 digits. Check it.",
        VERIFICATION_FAILED:
          "The code is wrong or has expired. Enter the digits your app shows now.",
      },
    },
    newPassword: {
      issues: {
        CONTAINS_ID: "The new password must not contain your username.",
      },
    },
    repeatPassword: {
      label: "New password again",
      issues: {
        MISMATCH: "The two new passwords are not the same. Enter them again.",
      },
    },
    displayName: {
      label: "Name",
      issues: {
        EMPTY: "Enter the name.",
      },
    },
    residentId: {
      label: "Resident ID number",
      hint: "18 characters; the last one may be the letter X.",
      issues: {
        EMPTY: "Enter the resident ID number.",
        too_small: "Enter the resident ID number.",
        too_big: "The number is too long. Check it.",
        WRONG_LENGTH: "A resident ID number has 18 characters. Check how many you typed.",
        FIFTEEN_DIGIT_NOT_ACCEPTED:
          "Old 15-digit numbers are not accepted. Enter the 18-character number.",
        INVALID_CHARACTERS: "The number has only digits; the last character may be X.",
        INVALID_BIRTH_DATE:
          "The birth date in the number (characters 7 to 14) is not a real date. Check it.",
        BIRTH_DATE_IN_FUTURE:
          "The birth date in the number (characters 7 to 14) is after today. Check it.",
        CHECK_CHARACTER_MISMATCH:
          "The last character does not match the first 17: a digit may be mistyped. Check each one.",
        NOT_FOUND: "No insured person has this ID number. Check it against the document.",
      },
    },
    actor: {
      issues: {
        too_big: "The username is too long. Check what you typed.",
        invalid_format: "A username has only letters, digits and . _ -. Check it.",
      },
    },
    action: {
      issues: {
        invalid_value: "Choose an action from the list.",
      },
    },
    from: {
      issues: {
        ISO_DATE_FORMAT: "Choose or enter a real date.",
      },
    },
    to: {
      issues: {
        ISO_DATE_FORMAT: "Choose or enter a real date.",
        RANGE_REVERSED: "The end date cannot be before the start date.",
      },
    },
  },
  passwordRules: {
    CONTAINS_ID: "Does not contain your username",
  },
  errors: {
    INVALID_CREDENTIALS:
      "The username, password or authenticator code is not right. Check them and try again.",
    ACCOUNT_LOCKED_UNTIL:
      "Too many wrong passwords: the account is locked. Try again after {{time}} or ask the security officer to unlock it.",
    SECOND_FACTOR_REQUIRED:
      "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
    FORBIDDEN: "Your role is not allowed to do this.",
    APPLICATION_ALREADY_OPEN:
      "This person already has a card application in progress: there cannot be a second one.",
    APPLICATION_CHANGED:
      "Another clerk has just worked on this application. Reload it and look again.",
    ACTION_NOT_ALLOWED: "The application's present status does not allow this.",
    PHOTO_REJECTED: "The photo does not meet the card's requirements. Use another photo.",
    ACCOUNT_SEALED:
      "This person has no personal account that can pay: the account cannot be used. Settle the bill as self-paid.",
    ACCOUNT_SEALED_SINCE:
      "This person's personal account is sealed (since {{month}}) and cannot pay. Settle the bill as self-paid.",
    ECARD_TOKEN_INVALID:
      "The e-card code is not valid, has expired or was already used. Ask the person to refresh the e-card on their phone, then scan it again.",
    REVERSAL_NOT_ALLOWED:
      "This payment cannot be reversed: only this institution's payments of today can be reversed, once.",
    REVERSAL_NOT_ALLOWED_ALREADY_REVERSED: "This payment has already been reversed.",
    REVERSAL_NOT_ALLOWED_NOT_SAME_DAY:
      "Only today's payments can be reversed; this one is older. Use the refund procedure.",
    FILE_TOO_LARGE: "The file is over 10 MB and cannot be uploaded. Split it and upload each part.",
    FILE_REJECTED: "This file's type or size is not accepted. Choose another file.",
    BATCH_HAS_INVALID_ROWS: "Some rows of this batch are invalid; it cannot be submitted as it is.",
    BATCH_NOT_READY: "This batch cannot be submitted yet.",
    PAYER_ALREADY_REGISTERED:
      "This payer is registered already: there is no need to register again.",
    TAX_RECORD_CONFLICT: "This record's present state does not allow this. Reload and look again.",
    SETTLEMENT_CONFLICT:
      "This terminal transaction number was already used for another payment (another amount or e-card); nothing was charged now. If you are sending the last sale again, check the amount; if this is a new sale, take a new number.",
  },
  staff: {
    who: "Signed in as",
    role: "Role",
    servicePoint: "Office",
  },
  roles: {
    SERVICE_POINT_CLERK: "Service point clerk",
    COUNTY_CENTRE_CLERK: "County centre clerk",
    BUREAU_CLERK: "Social security bureau clerk",
    TAX_OFFICER: "Tax officer",
    ADMINISTRATOR: "System administrator",
    SECURITY_OFFICER: "Security officer",
    AUDITOR: "Security auditor",
    INSTITUTION_OPERATOR: "Designated institution cashier",
  },
  servicePointKinds: {
    COUNTY_CENTRE: "County medical insurance centre",
    SERVICE_POINT: "Service point",
  },
  shortcuts: {
    heading: "Shortcuts",
    signOut: "Sign out",
  },
  applications: {
    emptyTitle: "No card applications",
    emptyBody: "There are no card applications to process in this queue.",
    queuesLabel: "Work queues",
    countUnit: "applications",
    queues: {
      TO_VERIFY: "To verify",
      NEEDS_MATERIALS: "Awaiting materials",
      TO_PRODUCE: "Production",
      READY_FOR_PICKUP: "Ready for pickup",
      OVERDUE: "Overdue",
      ESCALATED: "Escalated",
      RECALL: "Uncollected cards",
      ALL_OPEN: "All open",
    },
    countyQueues: {
      OVERDUE: "Overdue across the county",
    },
    columns: {
      reference: "Receipt number",
      name: "Name",
      maskedResidentId: "ID number",
      channel: "Channel",
      status: "Status",
      servicePoint: "Service point",
      dueDate: "Due date",
      daysLeft: "Time left",
    },
    statuses: {
      SUBMITTED: "Accepted",
      NEEDS_MATERIALS: "Materials needed",
      REFUSED: "Refused",
      WITHDRAWN: "Withdrawn",
      APPROVED: "Approved",
      IN_PRODUCTION: "In production",
      PRODUCTION_FAILED: "Production failed",
      READY_FOR_PICKUP: "Ready for pickup",
      COLLECTED: "Collected",
      UNCOLLECTED: "Not collected",
      RETURNED_TO_CENTRE: "Sent back to the centre",
      EXPIRED: "Cancelled, not collected",
      WITH_EMPLOYER: "With the employer",
    },
    channels: {
      COUNTY_CENTRE: "County centre counter",
      SERVICE_POINT: "Service point counter",
      ONLINE: "Online",
      EMPLOYER: "Employer",
    },
    applicantKinds: {
      SELF: "In person",
      AGENT: "Entrusted agent",
      GUARDIAN: "Guardian",
    },
    due: {
      left: "{{count}} working days left",
      today: "Due today",
      overdue: "Overdue by {{count}} working days",
    },
    provisional: "(provisional)",
    provisionalHint:
      "A due date marked provisional falls in a year whose public holidays are not announced yet; it may change.",
    open: "Open application",
    emptyQueue: "There are no applications in this queue.",
    register: "Register at the counter",
    reportLoss: "Report a loss",
    reportLossIntro:
      "For the insured in person: check their valid ID document first, then enter their resident ID number. The report takes effect at once and the card stops working.",
    reportLossDone:
      "Reported lost. The card no longer works; register a replacement application if they need a new one.",
    servicePointFilter: "Service point",
    allServicePoints: "All service points",
    search: {
      label: "Find an application",
      hint: "Enter a full 18-character resident ID number, or the insured's name.",
      submit: "Find",
      showing: "Showing search results.",
      clear: "Clear search",
      none: "No application matches.",
    },
    hints: {
      heading: "Shortcuts on this page",
      queues: "Switch queue",
      move: "Move up and down the list",
      open: "Open the application",
      close: "Close the details",
      search: "Search",
      print: "Print the notice",
    },
    actions: {
      VERIFY_DOCUMENTS: "Verify documents",
      APPROVE: "Approve",
      REQUEST_MATERIALS: "Ask for materials",
      RESUBMIT: "Materials supplied",
      REFUSE: "Refuse",
      START_PRODUCTION: "Start production",
      MARK_FAILED: "Production failed",
      MARK_READY: "Ready for pickup",
      HAND_OVER: "Hand over",
      ESCALATE: "Escalate",
      RETURN_TO_CENTRE: "Send back to the county centre",
    },
    timelineActions: {
      SUBMIT: "Accepted",
      VERIFY_DOCUMENTS: "Documents verified",
      REQUEST_MATERIALS: "Materials requested (one-time notice)",
      RESUBMIT: "Materials supplied",
      REFUSE: "Refused",
      WITHDRAW: "Withdrawn",
      APPROVE: "Approved",
      START_PRODUCTION: "Production started",
      MARK_FAILED: "Production failed",
      MARK_READY: "Card made",
      HAND_OVER: "Handed over",
      ISSUE_ON_THE_SPOT: "Issued on the spot",
      ESCALATE: "Escalated",
      EXPIRE_PICKUP: "Pickup period ended",
      RETURN_TO_CENTRE: "Sent back to the county centre",
      CANCEL_UNCOLLECTED: "Cancelled, not collected",
      DUE_DATE_CHANGED: "Due date settled",
      EMPLOYER_COLLECT: "Collected by the employer's agent",
      EMPLOYER_HAND_OUT: "Handed out by the employer",
    },
    done: {
      VERIFY_DOCUMENTS: "Documents verified. Status now: {{status}}.",
      APPROVE: "Approved. Status now: {{status}}.",
      REQUEST_MATERIALS:
        "Every missing item has been notified. Status now: {{status}}. Print the notice for the applicant.",
      RESUBMIT:
        "Materials supplied; the application is back to verification. Status now: {{status}}.",
      REFUSE: "Refused. Status now: {{status}}. Print the refusal notice for the applicant.",
      START_PRODUCTION: "Production started. Status now: {{status}}.",
      MARK_FAILED: "Production failure recorded. Status now: {{status}}.",
      MARK_READY: "Card made; the holder has been told to collect it. Status now: {{status}}.",
      HAND_OVER: "Card handed over. Status now: {{status}}.",
      ESCALATE:
        "Escalated; the county centre follows it up in its escalated queue. Status now: {{status}}.",
      RETURN_TO_CENTRE:
        "Recorded as sent back to the county centre; the holder has been told to collect it there. Status now: {{status}}.",
    },
    changed:
      "Someone else has just processed this application. Below is where it stands now; check it before you act.",
    issues: {
      generic: "Something in the form is not right; please check it.",
      NOTHING_VERIFIED: "Tick at least one certificate you have verified.",
      NOT_INSURED: "No insured person has this resident ID number; please check it.",
      NOT_UNDER_16: "A guardian applies only for a person under 16.",
      UNKNOWN_SERVICE_POINT: "There is no such service point.",
      ID_NUMBER_FORMAT: "A document number has only letters and digits; please check it.",
      APPLICANT_DETAILS_MISSING: "Enter the agent's name, document and relationship.",
    },
    photoIssues: {
      NOT_JPEG: "The photo must be a JPEG file (.jpg); this file is not.",
      UNREADABLE: "The photo file is damaged or cannot be read; export it again.",
      WRONG_DIMENSIONS: "The photo must be 358 × 441 pixels; this one is {{width}} × {{height}}.",
      TOO_SMALL_FILE: "The photo file is too small ({{kb}} KB); it must be 5 to 50 KB.",
      TOO_LARGE_FILE: "The photo file is too large ({{kb}} KB); it must be 5 to 50 KB.",
    },
    missingItems: {
      PHOTO: "A conforming ID photo (358 × 441 px, white background)",
      ID_DOCUMENT_COPY: "The insured's valid ID document",
      AGENT_ID_DOCUMENT: "The agent's valid ID document",
      AUTHORISATION_LETTER: "A letter of authorisation signed by the insured",
      HOUSEHOLD_REGISTER: "The household register booklet",
      GUARDIAN_ID_DOCUMENT: "The guardian's valid ID document and proof of guardianship",
      OTHER: "Other materials",
    },
    refusalReasons: {
      NOT_INSURED: "The applicant is not insured in this county",
      DUPLICATE_APPLICATION: "An application is already open",
      DOCUMENTS_INVALID: "The documents presented are invalid or expired",
      PHOTO_UNSUITABLE: "The photo does not meet the card's requirements",
      OTHER: "Another reason",
    },
    remedies: {
      ENROL_FIRST: "Enrol in the medical insurance first, then apply for a card.",
      FOLLOW_OPEN_APPLICATION:
        "Follow the open application with its receipt number; no new one is needed.",
      BRING_VALID_DOCUMENTS: "Apply again with valid, unexpired ID documents.",
      PROVIDE_CONFORMING_PHOTO: "Have a conforming ID photo taken at a studio and apply again.",
    },
    failureReasons: {
      PHOTO_REJECTED: "The photo failed the production check",
      DATA_MISMATCH: "The details did not match",
      PRINTING_FAILED: "Printing failed",
      CHIP_WRITE_FAILED: "Writing the chip failed",
      OTHER: "Another reason",
    },
    escalationReasons: {
      OVERDUE: "Past the due date",
      PRODUCTION_PROBLEM: "A problem with production",
      COMPLAINT: "The applicant complained or chased it",
      OTHER: "Another reason",
    },
    idTypes: {
      RESIDENT_ID_CARD: "Resident ID card",
      HOUSEHOLD_REGISTER: "Household register booklet",
      PASSPORT: "Passport",
      HK_MACAO_PERMIT: "Hong Kong / Macao residence or travel permit",
      TAIWAN_PERMIT: "Taiwan residence or travel permit",
      FOREIGNER_PERMANENT_RESIDENCE: "Foreigner's permanent residence ID card",
    },
    relationships: {
      SPOUSE: "Spouse",
      PARENT: "Parent",
      CHILD: "Child",
      GRANDPARENT: "Grandparent",
      SIBLING: "Sibling",
      OTHER_RELATIVE: "Other relative",
      OTHER: "Other",
    },
    person: {
      name: "Insured",
      residentId: "ID number",
      phone: "Mobile phone",
      applicant: "Applied by",
      agentName: "Agent's name",
      idType: "Document type",
      idNumber: "Document number",
      relationship: "Relationship to the insured",
    },
    pane: {
      title: "{{reference}} {{name}}",
      loading: "Opening the application…",
      close: "Close",
      actions: "What you can do",
      noActions: "There is nothing for you to do on this application now.",
      verified: "Verified",
      notVerified: "Not verified",
      insuredCertificate: "Insured's certificate",
      certificateOf: {
        AGENT: "Agent's certificate",
        GUARDIAN: "Guardian's certificate",
      },
      pickupBy: "Collect by",
      cardNumber: "Card number",
      photo: "Card photo of {{name}}",
      noPhoto: "No photo.",
      missingItems: "Missing items",
      refusal: "Reason for refusal and remedy",
      timeline: "History",
      printMaterials: "Print the notice of missing materials",
      printRefusal: "Print the refusal notice",
    },
    verifiedAlready: "(verified before)",
    forms: {
      cancel: "Cancel",
      choose: "Choose one",
      VERIFY_DOCUMENTS: {
        submit: "Confirm verification",
        insured: "I have checked the original valid ID document of {{name}}, the insured",
        AGENT: "I have checked the original valid ID document of {{name}}, the agent",
        GUARDIAN: "I have checked the ID document and the guardianship of {{name}}, the guardian",
        none: "Tick the certificates you have verified.",
      },
      REQUEST_MATERIALS: {
        submit: "Send the one-time notice",
        hint: "Tick every missing item at once: no later notice may ask for an item this one does not list.",
        otherText: "Other materials (when you tick “Other materials”)",
        otherEmpty: "You ticked “Other materials”: say which.",
        none: "Tick the missing items.",
      },
      REFUSE: {
        submit: "Refuse",
        reasonText: "Reason for refusal",
        remedyText: "What the applicant can do",
        otherEmpty: "Write the reason and what the applicant can do.",
        none: "Choose a reason for refusal.",
      },
      MARK_FAILED: {
        submit: "Record the failure",
        reason: "Reason",
        otherText: "What went wrong",
        otherEmpty: "Write what went wrong.",
        none: "Choose a reason.",
      },
      HAND_OVER: {
        submit: "Confirm hand-over",
        SELF: {
          label: "The insured in person",
          checked: "I have checked the valid ID document of {{name}}",
          uncheckedError: "Check the insured's ID document first, then tick this box.",
        },
        AGENT: {
          label: "Someone collecting for them (both documents)",
          checked: "I have checked the valid ID documents of the collector and of {{name}}",
          uncheckedError:
            "Collecting for someone needs both ID documents checked; check them, then tick this box.",
          incomplete:
            "Enter the collector's name, document type, number and relationship, and check the number.",
        },
      },
      ESCALATE: {
        submit: "Escalate",
        hint: "Once escalated, the application appears in the county centre's escalated queue, which follows it up.",
        reason: "Reason",
        note: "What happened",
        noReason: "Choose a reason.",
        noNote: "Write what happened.",
      },
    },
    notice: {
      reference: "Receipt number: {{reference}}",
      to: "{{name}} (ID number {{residentId}}):",
      where: "Where: {{point}}, {{address}}; opening hours: {{hours}}; telephone: {{phone}}.",
      date: "{{date}}",
      materials: {
        title: "Notice of Missing Materials",
        intro:
          "Your social security card application made on {{date}} at {{point}} lacks materials. Here is every item to supply, all at once:",
        bring:
          "Bring all the items above to {{point}}. Once they are complete, the application goes back to verification.",
      },
      refusal: {
        title: "Notice of Refusal",
        intro:
          "Your social security card application made on {{date}} at {{point}} has been examined and is not accepted.",
        reason: "Reason",
        remedy: "What you can do",
      },
    },
    registration: {
      back: "Back to card applications",
      applicant: "Who is applying",
      kinds: {
        SELF: "The insured in person",
        AGENT: "An entrusted agent (both documents)",
        GUARDIAN: "A guardian (the insured is under 16)",
      },
      about: {
        AGENT: "The agent",
        GUARDIAN: "The guardian",
      },
      residentId: "Insured's resident ID number",
      phone: "Insured's mobile phone",
      photo: "Card photo",
      photoHint:
        "Choose the studio's JPEG ID photo: 358 × 441 pixels, white background, 5 to 50 KB.",
      photoPreview: "The chosen card photo",
      documentsChecked: {
        SELF: "I have checked the insured's original valid ID document",
        AGENT: "I have checked the original valid ID documents of both the agent and the insured",
        GUARDIAN:
          "I have checked the guardian's ID document, the guardianship and the insured's household register",
      },
      submit: "Register the application",
      issue: "Issue the card on the spot",
      issued: "The card of {{name}} has been made and handed over (receipt number {{reference}}).",
      issues: {
        phone: {
          EMPTY: "Enter the insured's mobile phone number.",
        },
        photo: {
          EMPTY: "Choose the card photo.",
        },
        documentsChecked: {
          EMPTY: "Check the original documents first, then tick this box.",
        },
      },
    },
  },

  secondFactor: {
    intro:
      "To protect insured people's data, a staff sign-in needs a code from your phone as well as the password. Set it up now, at your first sign-in; then you can work.",
    installHeading: "Install an authenticator app on your phone",
    installBody:
      "Any app for time-based one-time passwords (TOTP) will do, such as Microsoft Authenticator, Google Authenticator or FreeOTP.",
    scanHeading: "Scan the QR code to add this account",
    qrLabel: "QR code: scan it with your authenticator app to add this staff account",
    secretIntro: "If you cannot scan it, choose “enter a setup key” in the app and type:",
    secretHint:
      "Capital or small letters both work, and you may leave out the spaces. Never tell anyone this key.",
    confirmHeading: "Enter the code your authenticator shows",
    confirm: "Confirm",
    confirming: "Confirming…",
  },
  recoveryCodes: {
    enrolled: "Your authenticator is set up.",
    intro:
      "If you lose or change your phone, or the app does not work, sign in with one of these recovery codes instead of the authenticator code. Each code works once.",
    onlyOnce:
      "These codes are shown this once. Print them or write them down and keep them safe (not on the counter PC): you cannot see them again after this page.",
    listLabel: "Recovery codes",
    print: "Print the codes",
    copy: "Copy the codes",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy. Print them or write them down.",
    saved: "I have kept these recovery codes safe",
    savedRequired: "Confirm that you have kept the recovery codes before you go on.",
    continue: "Continue",
  },
  password: {
    mustChange:
      "Your password was set by an administrator or has expired. Set a new one that only you know before you go on.",
    setNew: "Set the new password",
    changing: "Changing…",
  },
  passwordExpiry: {
    notice:
      "Your password expires on {{date}}. Change it in <accountLink>My account</accountLink> before then.",
  },
  account: {
    details: "Account details",
    displayName: "Name",
    passwordExpires: "Password valid until",
    passwordExpiresOn: "{{date}} ({{days}} days left)",
    passwordNeverExpires: "Does not expire",
    changePassword: "Change password",
    changePasswordSubmit: "Change password",
    passwordChanged: "Your password is changed. Use the new one next time you sign in.",
    signOutEverywhere: "Sign out everywhere",
    signOutEverywhereBody:
      "If you left another counter PC signed in, or fear someone knows your password, end every sign-in of this account, this PC included. You then sign in again.",
    signOutEverywhereSubmit: "Sign out everywhere",
  },
  citizenLogin: {
    intro:
      "After too many wrong passwords an insured person's online login is locked for a while. Check the person's valid ID document first, then enter their resident ID number to lift the lock; they get a text message saying so.",
    documentChecked: "I have checked the person's valid ID document",
    documentCheckedRequired: "Check the person's valid ID document first, and tick this box.",
    submit: "Unlock",
    unlocked: "The person's online login is unlocked, and they have been told by text message.",
    notLocked: "This person's online login is not locked: there is nothing to unlock.",
  },
  staffUsers: {
    create: "New staff account",
    tableLabel: "Staff accounts",
    username: "Username",
    displayName: "Name",
    active: "Status",
    isActive: "Active",
    isInactive: "Deactivated",
    secondFactor: "Authenticator",
    enrolled: "Set up",
    notEnrolled: "Not set up",
    locked: "Lock",
    isLocked: "Locked",
    notLocked: "Not locked",
    passwordChangedAt: "Password changed",
    actions: "Actions",
    manage: "Manage",
    noActions: "None",
    manageTitle: "Manage {{username}} ({{name}})",
    close: "Close",
    resetPassword: "Reset password",
    resetPasswordBody:
      "Makes a temporary password; the old one stops working at once. The owner must set a new one at their next sign-in.",
    resetPasswordSubmit: "Make a temporary password",
    temporaryPassword: "Temporary password (shown this once)",
    temporaryPasswordHint:
      "Tell it to the owner in person or by a safe channel, never by chat. They must change it at their first sign-in.",
    copyPassword: "Copy the temporary password",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy. Write it down.",
    resetSecondFactor: "Reset authenticator",
    resetSecondFactorBody:
      "For a lost or changed phone when the recovery codes are used up too. The owner sets up an authenticator again at their next sign-in.",
    reason: "Reason (kept in the audit trail)",
    reasonRequired: "Give the reason for the reset.",
    resetSecondFactorSubmit: "Reset authenticator",
    resetSecondFactorDone: "Reset. The owner sets up an authenticator again at their next sign-in.",
    deactivate: "Deactivate account",
    deactivateBody:
      "When someone leaves or moves post. The account's sign-ins end at once and it can no longer sign in; its records stay.",
    deactivateSubmit: "Deactivate account",
    deactivated: "The account is deactivated.",
    activate: "Activate account",
    activateBody: "The owner can sign in again.",
    activateSubmit: "Activate account",
    activated: "The account is active.",
    unlock: "Unlock",
    unlockBody:
      "After too many wrong passwords an account is locked for a while. Once you know it is the owner, you may lift the lock early.",
    unlockSubmit: "Unlock",
    unlocked: "The account is unlocked.",
    grantRole: "Grant a role",
    grantRoleBody:
      "System administrator, security officer and security auditor are held by different people, and only the security officer grants them.",
    newRole: "Role",
    grantRoleSubmit: "Grant the role",
    roleGranted: "Role granted: {{role}}.",
    createIntro:
      "A new account gets a temporary password. At the first sign-in its owner sets up an authenticator and a new password. The roles of system administrator, security officer and security auditor are granted by the security officer.",
    choose: "Choose…",
    roleRequired: "Choose a role.",
    servicePointRequired: "Choose an office.",
    createSubmit: "Create the account",
    cancel: "Cancel",
    created: "Account created",
    createdNext:
      "At the first sign-in the owner enters the username and the temporary password (leaving the authenticator code empty), then sets up an authenticator and a new password as the screens say.",
    backToList: "Back to the staff accounts",
    createAnother: "Create another",
  },
  table: {
    shownMore: "{{shown}} shown; there are more.",
    shownAll: "All shown: {{shown}}.",
    loadMore: "Load more",
    loadingMore: "Loading…",
  },
  audit: {
    filtersLabel: "Search the audit trail",
    filtersIntro:
      "Combine any of these; an empty one does not narrow the search. For an insured person enter all 18 characters of the resident ID number to find every entry about them; for a staff member, their username, such as chengguan01.",
    residentId: "Insured person's resident ID number",
    actor: "Staff username",
    action: "Action",
    anyAction: "Any action",
    from: "From",
    to: "To",
    search: "Search",
    clear: "Clear",
    resultsHeading: "Entries",
    tableLabel: "Audit trail entries",
    seq: "No.",
    at: "Time",
    actorColumn: "Who",
    role: "Role",
    subject: "Insured person",
    result: "Result",
    clientAddress: "Address",
    reason: "Reason",
    insured: "Insured person",
    employerAgent: "Employer's handling agent",
    anonymous: "Not signed in",
    system: "System",
    none: "No entries match.",
    export: "Export as CSV",
    exporting: "Exporting…",
    exported: "Exported: {{fileName}}",
    verifyHeading: "Check the trail is intact",
    verifyBody:
      "Each entry carries a hash of the one before it: an entry changed or removed breaks every hash after it.",
    verify: "Verify the chain",
    verifying: "Verifying…",
    chainIntact: "The chain is intact: {{checked}} entries checked, none changed or removed.",
    chainBroken:
      "The chain breaks at entry {{seq}} ({{checked}} checked): that entry or the one before may have been changed or removed. Report it at once.",
    results: {
      SUCCEEDED: "Succeeded",
      REFUSED: "Refused",
    },
  },
  auditActions: {
    auth: {
      login: "Signed in",
      logout: "Signed out",
      "sign-out-everywhere": "Signed out everywhere",
      "login-locked": "Login locked",
      "recovery-code-used": "Signed in with a recovery code",
      registered: "Opened an online account",
      "verification-code-sent": "Verification code sent",
      "password-reset": "Reset a forgotten password",
      "password-changed": "Changed the password",
      "second-factor-enrolled": "Set up an authenticator",
      "second-factor-disabled": "Turned the authenticator off",
    },
    profile: {
      "elder-mode-set": "Set elder mode",
    },
    "citizen-login": {
      unlocked: "Unlocked an insured person's online login",
    },
    "staff-user": {
      created: "Created a staff account",
      "password-reset": "Reset a staff password",
      "second-factor-reset": "Reset a staff authenticator",
      activated: "Activated a staff account",
      deactivated: "Deactivated a staff account",
      unlocked: "Unlocked a staff account",
      "role-granted": "Granted a role",
    },
    person: {
      "resident-id-revealed": "Revealed a full resident ID number",
    },
    application: {
      submitted: "Submitted a card application",
      "action-recorded": "Processed a card application",
      read: "Viewed a card application",
      searched: "Searched card applications",
    },
    card: {
      "reported-lost": "Reported a card lost",
    },
    audit: {
      searched: "Searched the audit trail",
      exported: "Exported the audit trail",
      "chain-verified": "Verified the audit chain",
    },
    outbox: {
      read: "Read the text message outbox",
    },
    calendar: {
      "year-set": "Entered the working calendar",
    },
    parameter: {
      set: "Changed a parameter",
    },
    message: {
      resent: "Resent a text message",
    },
    rating: {
      submitted: "Rated the service",
    },
    "follow-up": {
      read: "Viewed rating follow-ups",
      "call-back-recorded": "Recorded a call-back",
    },
    account: {
      "looked-up": "Looked up a personal account",
    },
    settlement: {
      recorded: "Insurance payment",
      reversed: "Reversed an insurance payment",
    },
    upload: {
      received: "Uploaded a file",
    },
    payer: {
      registered: "Registered a payer",
      "registered-by-exception": "Registered an employer whose code fails the check",
      changed: "Changed a payer's registration",
      cancelled: "Cancelled a payer's registration",
      read: "Read a payer's record",
    },
    employment: {
      recorded: "Recorded an employee paid for",
      ended: "Ended an employee's payments",
    },
    collection: {
      checked: "Checked a collection file",
      credited: "Credited a collection",
    },
    arrears: {
      read: "Read the arrears list",
    },
    supervision: {
      "case-opened": "Opened a supervision case",
      "entry-recorded": "Recorded in a supervision case",
    },
    "employer-batch": {
      "check-requested": "Asked for an employer's sheet to be checked",
      checked: "Checked an employer's sheet",
      "letter-attached": "Attached a letter of introduction",
      submitted: "Submitted an employer's batch",
      read: "Read an employer's batch",
      "letter-read": "Read an employer's letter of introduction",
      decided: "Decided an employer's batch",
      advanced: "Moved an employer's batch through production",
      "hand-over-list-read": "Read a card hand-over list",
      "collection-recorded": "Recorded the agent who collected the cards",
    },
  },
  revealReasons: {
    ENTER_IN_NATIONAL_SYSTEM: "To enter it in a national system",
    COMPARE_WITH_DOCUMENT: "To compare it with the ID document",
    PRINT_NOTICE: "To print a notice or card record",
  },
  outbox: {
    intro:
      "In development and testing Yibao sends no real text messages: they are kept here, so that you can read a verification code.",
    production: "Production has no text message outbox: messages go out through the SMS provider.",
    tableLabel: "Text messages sent",
    at: "Time",
    phone: "Phone",
    template: "Template",
    text: "Text",
    status: "Status",
    statuses: {
      PENDING: "Waiting",
      SENT: "Sent",
      FAILED: "Failed",
    },
  },
  session: {
    warningBody:
      "You have not done anything for a while. To protect insured people's data, you will be signed out automatically.",
  },
  crash: {
    body: "Sorry, this page has a problem. Please reload it; if the problem stays, contact your administrator.",
  },
  calendar: calendarEn,
  parameters: parametersEn,
  dashboard: dashboardEn,
  inbox: inboxEn,
  followUps: followUpsEn,
  deliveries: deliveriesEn,
  jobs: jobsEn,
  settlement: settlementEn,
  bureau: bureauEn,
  employerBatches: employerBatchesEn,
  tax: taxEn,
};

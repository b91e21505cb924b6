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
  },
  pages: {
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
    emptyTitle: "No card applications yet",
    emptyBody:
      "There are no card applications to process. Applications will appear here once people submit them.",
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
};

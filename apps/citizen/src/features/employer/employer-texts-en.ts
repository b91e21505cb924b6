import type { ResourceShape } from "@yibao/ui";
import type { employerZhCN } from "./employer-texts-zh-cn";

/** The employer portal's texts in English: the keys of `employerZhCN`. */
export const employerEn: ResourceShape<typeof employerZhCN> = {
  app: {
    name: "Medical insurance services for employers",
  },
  pages: {
    login: "Agent sign-in",
    batches: "Card applications in bulk",
    newBatch: "New batch",
    batch: "Batch",
    cards: "Cards to hand out",
  },
  login: {
    heading: "Sign in as an employer's handling agent",
    intro:
      "Enter your employer's unified social credit code, your own resident ID number and your password. Once signed in you can act for your employer only.",
  },
  errors: {
    INVALID_CREDENTIALS:
      "The credit code, ID number or password is not right, or your authorisation as an agent has ended. Please check and try again.",
  },
  fields: {
    creditCode: {
      label: "Unified social credit code",
      hint: "18 characters, printed on the business licence: digits and capital letters.",
      issues: {
        EMPTY: "Enter the unified social credit code.",
        WRONG_LENGTH: "A unified social credit code has 18 characters. Check how many you typed.",
        INVALID_CHARACTERS:
          "A unified social credit code has only digits and capital letters (no I, O, S, V or Z).",
        INVALID_REGION_CODE:
          "Characters 3 to 8 of the code are a region code and must be digits. Please check.",
        CHECK_CHARACTER_MISMATCH:
          "The last character does not match the first 17: a character may be mistyped. Check each one.",
      },
    },
    agentResidentId: {
      label: "Agent's resident ID number",
      hint: "Your own 18-character resident ID number.",
    },
  },
  nav: {
    label: "Employer services",
    batches: "Bulk applications",
    cards: "Cards to hand out",
  },
  header: {
    creditCode: "Credit code {{code}}",
    agent: "Agent: {{name}}",
  },
  security: {
    intro:
      "This is your own account as an agent: a new password or an authenticator changes how you sign in, not how your employer's other agents do.",
  },
  batchStatus: {
    CHECKING: "Being checked",
    CHECKED: "Checked, not submitted",
    FILE_REFUSED: "File refused",
    SUBMITTED: "Submitted",
  },
  batches: {
    intro:
      "Apply for your employees' cards together: download the template, fill it in and upload it. Every row is checked before you submit. The county centre checks and makes the cards; your agent collects them at the county centre and hands each to its holder.",
    newBatch: "New batch",
    listHeading: "Batches uploaded",
    empty: "No batch has been uploaded yet.",
    caption: "Your employer's batches, newest first",
    columns: {
      file: "File",
      createdAt: "Uploaded",
      agent: "Agent",
      status: "Status",
      rows: "Rows",
      valid: "Valid",
      invalid: "Invalid",
      submitted: "Submitted",
      applications: "Applications",
    },
    notYet: "—",
    open: "Open",
    more: "Show older batches",
  },
  newBatch: {
    templateHeading: "Step 1: download the template",
    templateText:
      "The template has 4 columns: 姓名 (name), 身份证号码 (ID number), 手机号码 (mobile number) — all three required — and 服务点 (the employee's preferred service point, optional). The ID and mobile columns are formatted as text: keep them so, or the spreadsheet drops the last digits and the X.",
    templateButton: "Download the template (.xlsx)",
    fileHeading: "Step 2: upload the filled-in file",
    sheetLabel: "Application sheet (.xlsx or .csv)",
    sheetHint:
      "An .xlsx from Excel, WPS, LibreOffice and the like, or a .csv in UTF-8 or GBK; at most 10 MB.",
    photosLabel: "Employees' photos (optional, a .zip)",
    photosHint:
      "Name each photo after the ID number, e.g. 530125198506120038.jpg. Employees without a photo can still be submitted and send one later.",
    sheetRequired: "Choose the filled-in application sheet.",
    submit: "Upload and check",
    uploading: "Uploading…",
  },
  batch: {
    uploadedAt: "Uploaded {{at}}",
    back: "Back to the batches",
    progressLabel: "Check progress",
    progress: "Checking: {{done}} of {{total}} rows checked.",
    queued: "File received; waiting to be checked…",
    progressHint:
      "The check goes on without this page: you can leave it and come back for the result.",
    refusedHeading: "This file did not pass the check",
    refusedAgain: "Fix the file as said above, then upload it again as a new batch.",
    reportHeading: "Check result",
    summary: "{{total}} rows: {{valid}} valid, {{invalid}} invalid.",
    withPhoto:
      "{{count}} of them have a photo; employees without one send it after the application is submitted.",
    allValid: "Every row is valid: the batch can be submitted.",
    invalidHeading: "Invalid rows",
    invalidCaption: "The invalid rows and why",
    warningsHeading: "Worth a look",
    rowColumn: "Row",
    problemColumn: "Problem",
    row: "Row {{row}}",
    problem: "{{column}}: {{reason}}",
    errorFile: "Download the list of errors (.xlsx)",
    errorFileHint:
      "The list has each invalid row and why. Fix the original file, then upload it again as a new batch.",
  },
  columns: {
    NAME: "Name (姓名)",
    RESIDENT_ID: "ID number (身份证号码)",
    PHONE: "Mobile number (手机号码)",
    SERVICE_POINT: "Service point (服务点)",
    PHOTO: "Photo",
  },
  rowReasons: {
    REQUIRED: "missing",
    TOO_LONG: "too long",
    STORED_AS_NUMBER:
      "the spreadsheet stored the number as a number, which has lost its last digits and any X. Format the column as text, type the numbers again, then upload.",
    DUPLICATE_IN_FILE: "the same ID number as an earlier row; one row per person",
    PHONE_FORMAT: "must be an 11-digit mobile number",
    ALREADY_APPLIED:
      "your employer has applied for this employee already; that application is open",
    APPLICATION_ALREADY_OPEN: "this employee has an open card application already",
    CARD_ALREADY_ISSUED:
      "this employee has a card already; a lost or damaged card is replaced instead",
    NOT_JPEG: "not a JPEG photo (.jpg)",
    UNREADABLE: "the photo is damaged and cannot be read",
    WRONG_DIMENSIONS: "the photo's size in pixels is not the one cards need",
    TOO_SMALL_FILE: "the photo file is too small to be clear",
    TOO_LARGE_FILE: "the photo file is too large",
  },
  rowWarnings: {
    UNKNOWN_SERVICE_POINT:
      "names none of the county's service points; the row can be submitted and the county centre arranges it",
  },
  fileErrors: {
    TOO_LARGE: "The file is over 10 MB. Split it into several files.",
    NOT_A_SPREADSHEET:
      "This file is not an .xlsx or .csv spreadsheet: its contents do not match its name (a PDF or picture renamed, say). Open the sheet in Excel or WPS, save it as .xlsx and upload that.",
    OLD_XLS:
      "This is an old Excel file (.xls). Open it in Excel or WPS, save it as .xlsx and upload that.",
    ENCRYPTED: "The file has a password. Save it again without one, then upload it.",
    UNREADABLE:
      "The file is damaged, or its text is in an encoding we cannot read. Export it again.",
    COMPRESSION_BOMB:
      "The file would unpack to far more than an application sheet does and was refused. Fill in the template again.",
    FORMULA_PRESENT:
      "The sheet holds formulas. Their saved results cannot be trusted, so the whole file is refused: copy everything and paste it back as values only, then upload.",
    EMPTY_SHEET:
      "The first sheet has no employee below its header. Fill in one employee a row from the row below the header.",
    TOO_MANY_ROWS: "A file holds at most {{max}} rows. Split it into several files.",
    WRONG_COLUMNS:
      "The header is not right: row 1 must have the columns {{expected}} (required) and may have {{optional}} (optional), each once. Use the template's header.",
    PHOTO_ARCHIVE_UNREADABLE:
      "The photo archive cannot be opened (not a .zip, damaged or with a password). Zip the photos again.",
    PHOTO_ARCHIVE_TOO_LARGE:
      "The photo archive holds too many files or unpacks too large. Put only the employees' photos in it.",
  },
  letter: {
    heading: "Letter of introduction",
    hint: "Before submitting, upload the letter of introduction with the employer's seal: a PDF, JPEG or PNG of at most 5 MB.",
    label: "Letter file",
    upload: "Upload the letter",
    uploading: "Uploading…",
    replace: "Upload another letter",
    attached: "Uploaded: {{file}} ({{size}})",
    fileRequired: "Choose the letter's file.",
    rejections: {
      NOT_PDF_OR_IMAGE: "The letter must be a PDF, JPEG or PNG file; this one is not.",
      TOO_LARGE: "The letter's file is over 5 MB. Make it smaller and upload it again.",
    },
  },
  submit: {
    heading: "Submit the applications",
    letterFirst: "Upload the letter of introduction first; then you can submit.",
    all: "Submit all {{count}} rows",
    validOnly: "Submit only the {{count}} valid rows",
    blocked:
      "{{invalid}} rows are invalid, so the whole batch cannot be submitted. Fix the file and upload it again as a new batch, or choose to submit the valid rows only.",
    confirmAll:
      "A card application will be submitted for each of these {{count}} employees. It cannot be withdrawn. Submit?",
    confirmValidOnly:
      "Applications will be submitted for the {{count}} valid rows only; the {{invalid}} invalid rows are not, and go in another upload once fixed. Submit?",
    confirm: "Submit",
    notReady: {
      CHECKING: "The batch is still being checked; it can be submitted once checked.",
      FILE_REFUSED: "This file did not pass the check and cannot be submitted.",
      LETTER_MISSING: "Upload the letter of introduction first; then you can submit.",
      NO_VALID_ROWS: "No row is valid: there is no application to submit.",
      RECORDS_CHANGED:
        "An employee's records changed just as you submitted; nothing was submitted. Please submit again.",
      SUBMITTED: "This batch has been submitted already.",
    },
  },
  submitted: {
    heading: "Submitted",
    text: "Submitted {{at}}: {{applications}} card applications. Once the county centre has checked them and made the cards, your agent collects them at the county centre with their own ID document.",
    validOnly: "Only the valid rows were submitted.",
    cardsLink: "See the cards to hand out",
  },
  cards: {
    intro:
      "Cards your agent collected at the county centre and has not yet handed to their holders. Once you give a card to its holder, press “Handed out”.",
    empty: "There is no card to hand out now.",
    caption: "Cards to hand out",
    columns: {
      name: "Name",
      residentId: "ID number",
      reference: "Reference",
      cardNumber: "Card number",
      collectedAt: "Collected",
      status: "Status",
      action: "Hand out",
    },
    status: {
      WITH_EMPLOYER: "Collected by your agent",
      UNCOLLECTED: "Past the pickup period: hand it out soon",
    },
    handOut: "Handed out",
    question: "Have you handed {{name}}'s card to them in person?",
    confirm: "Yes, handed out",
    done: "Recorded: {{name}}'s card was handed out.",
  },
};

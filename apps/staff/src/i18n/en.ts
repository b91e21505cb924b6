import type { Resource } from "./zh-CN";

export const en: Resource = {
  app: {
    name: "Medical Insurance Counter",
  },
  nav: {
    applications: "Card applications",
  },
  pages: {
    applications: "Card applications",
  },
  login: {
    heading: "Staff sign-in",
    intro: "Sign in with your own staff account. Sign out whenever you leave the counter.",
  },
  fields: {
    username: {
      label: "Username",
      issues: {
        EMPTY: "Enter your username.",
        too_small: "Enter your username.",
        too_big: "The username is too long. Check what you typed.",
        invalid_format: "The username may contain only letters, digits and the allowed symbols.",
      },
    },
  },
  errors: {
    INVALID_CREDENTIALS: "The username or password is not right. Check them and try again.",
    ACCOUNT_LOCKED_UNTIL:
      "Too many wrong passwords: the account is locked. Try again after {{time}} or ask an administrator.",
    FORBIDDEN: "Your role is not allowed to do this.",
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
    ADMINISTRATOR: "Administrator",
    AUDITOR: "Auditor",
  },
  servicePointKinds: {
    COUNTY_CENTRE: "County medical insurance centre",
    SERVICE_POINT: "Service point",
  },
  shortcuts: {
    heading: "Shortcuts",
    applications: "Card applications",
    signOut: "Sign out",
  },
  applications: {
    emptyTitle: "No card applications yet",
    emptyBody:
      "There are no card applications to process. Applications will appear here once people submit them.",
  },
  session: {
    warningBody:
      "You have not done anything for a while. To protect insured people's data, you will be signed out automatically.",
  },
  crash: {
    body: "Sorry, this page has a problem. Please reload it; if the problem stays, contact your administrator.",
  },
};

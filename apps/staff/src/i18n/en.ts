import type { Resource } from "./zh-CN";

export const en: Resource = {
  app: {
    name: "Medical Insurance Counter",
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
    applications: "Card applications",
    backHome: "Back to start",
  },
  pages: {
    login: "Sign in",
    applications: "Card applications",
    notFound: "Page not found",
  },
  login: {
    heading: "Staff sign-in",
    intro: "Sign in with your own staff account. Sign out whenever you leave the counter.",
    submit: "Sign in",
    submitting: "Signing in…",
    reason: {
      expired: "You were signed out after a while without activity. Please sign in again.",
      signedOut: "You have signed out.",
    },
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
    INVALID_CREDENTIALS: "The username or password is not right. Check them and try again.",
    ACCOUNT_LOCKED:
      "Too many wrong passwords: the account is locked for now. Please try again later.",
    ACCOUNT_LOCKED_UNTIL:
      "Too many wrong passwords: the account is locked. Try again after {{time}} or ask an administrator.",
    UNAUTHENTICATED: "You are no longer signed in. Please sign in again.",
    FORBIDDEN: "Your role is not allowed to do this.",
    NOT_FOUND: "Nothing was found.",
    VALIDATION_FAILED: "Something you entered is not right. Check it and try again.",
    INTERNAL: "The service is busy. Please try again later.",
    NETWORK: "Cannot reach the service. Check the connection and try again.",
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
    warningTitle: "You will be signed out soon",
    warningBody:
      "You have not done anything for a while. To protect insured people's data, you will be signed out automatically.",
    remaining: "{{minutes}} min {{seconds}} s left",
    staySignedIn: "Stay signed in",
    signOut: "Sign out",
    signingOut: "Signing out…",
  },
  crash: {
    title: "Something went wrong",
    body: "Sorry, this page has a problem. Please reload it; if the problem stays, contact your administrator.",
    reload: "Reload",
  },
  notFound: {
    body: "The page you are looking for does not exist.",
  },
};

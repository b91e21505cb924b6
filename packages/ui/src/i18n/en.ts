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
};

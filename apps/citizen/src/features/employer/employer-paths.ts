import type { StagePages } from "../session/stage-pages";

/** Where the portal's pages are, under the citizen app. */
export const employerPaths = {
  home: "/employer",
  login: "/employer/login",
  newBatch: "/employer/batches/new",
  cards: "/employer/cards",
  batch: (batchId: string) => `/employer/batches/${batchId}`,
  security: "/employer/security",
  changePassword: "/employer/security/password",
  enableAuthenticator: "/employer/security/authenticator",
  disableAuthenticator: "/employer/security/authenticator/off",
} as const;

/**
 * The one page a portal session that is not yet FULL may see: a new agent's first sign-in owes a
 * new password; an agent never enrols a second factor by obligation, the entry is there so that
 * every stage has a page.
 */
export const employerStagePages: StagePages = {
  PASSWORD_CHANGE: employerPaths.changePassword,
  SECOND_FACTOR_ENROLMENT: employerPaths.enableAuthenticator,
};

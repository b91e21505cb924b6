/**
 * Set when the person has just signed out on every device, until the login page has said so.
 * The guard of the pages behind login reads it when the session turns empty: a navigation of our
 * own would lose the race, as the router moves in a transition and the session's end does not.
 */
let signedOutEverywhere = false;

export function noteSignedOutEverywhere(): void {
  signedOutEverywhere = true;
}

export function isSignedOutEverywhere(): boolean {
  return signedOutEverywhere;
}

export function clearSignedOutEverywhere(): void {
  signedOutEverywhere = false;
}

import type { StoredApplication } from "../applications/stored-application";

/** The number printed on the application's card: drawn when it was made, or when handed over. */
export function cardNumberOf(application: StoredApplication): string | null {
  const made = application.actions.findLast((action) => action.type === "MARK_READY");
  return (
    (made?.type === "MARK_READY" ? made.cardNumber : undefined) ??
    application.row.card?.number ??
    null
  );
}

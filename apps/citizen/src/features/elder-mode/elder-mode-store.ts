/**
 * Elder mode (长辈模式, MIIT 2021 ageing-friendly rules) is one switch over one set of
 * components: `<html data-mode="elder">` turns on the larger CSS variables, and texts with
 * different wording come from `elder.*` keys. The device remembers the choice; once signed in,
 * the person's saved preference is used (see `use-person-elder-mode-sync.ts`).
 */
const storageKey = "yibao.elderMode";

type Listener = () => void;
const listeners = new Set<Listener>();

function readDevicePreference(): boolean {
  try {
    return localStorage.getItem(storageKey) === "1";
  } catch {
    return false;
  }
}

let elderMode = readDevicePreference();
let changedWhileSignedOut = false;

function applyToDocument(enabled: boolean): void {
  if (enabled) document.documentElement.dataset.mode = "elder";
  else delete document.documentElement.dataset.mode;
}

/** Called once before the first render so the page never flashes in the other mode. */
export function applyElderModeToDocument(): void {
  applyToDocument(elderMode);
}

export function getElderMode(): boolean {
  return elderMode;
}

export function subscribeElderMode(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setElderMode(enabled: boolean): void {
  elderMode = enabled;
  try {
    localStorage.setItem(storageKey, enabled ? "1" : "0");
  } catch {
    // Not remembered on this device; the mode still applies now.
  }
  applyToDocument(enabled);
  for (const listener of listeners) listener();
}

/** A switch on the login screen: the person chose now, so after login their account learns it. */
export function setElderModeBeforeLogin(enabled: boolean): void {
  changedWhileSignedOut = true;
  setElderMode(enabled);
}

/** True once if the mode was switched before login; the caller then sends it to the account. */
export function takeChangeMadeBeforeLogin(): boolean {
  const changed = changedWhileSignedOut;
  changedWhileSignedOut = false;
  return changed;
}

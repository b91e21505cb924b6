/**
 * Keyboard shortcuts for the counter (written "Alt+A"). They are ignored while the clerk types in
 * a field or an input method is composing Chinese, so that typing never triggers an action.
 */
export interface Shortcut {
  keys: string;
  run: () => void;
}

export interface KeyEventLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  target: unknown;
}

const nonTextInputTypes = new Set([
  "button",
  "checkbox",
  "radio",
  "submit",
  "reset",
  "image",
  "file",
  "range",
  "color",
]);

export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== "object" || target === null) return false;
  const element = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === "string" ? element.tagName.toUpperCase() : "";
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !nonTextInputTypes.has(String(element.type ?? "text").toLowerCase());
  return false;
}

/** Compares the physical key (`code`), so Alt+A works on any layout and on macOS (where it types "å"). */
export function matchesKeys(event: KeyEventLike, keys: string): boolean {
  const parts = keys.split("+");
  const main = parts.pop() ?? "";
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  if (event.altKey !== modifiers.has("alt")) return false;
  if (event.ctrlKey !== modifiers.has("ctrl")) return false;
  if (event.metaKey !== modifiers.has("meta")) return false;
  if (event.shiftKey !== modifiers.has("shift")) return false;
  if (/^[A-Za-z]$/.test(main)) return event.code === `Key${main.toUpperCase()}`;
  if (/^[0-9]$/.test(main)) return event.code === `Digit${main}`;
  return event.key.toLowerCase() === main.toLowerCase();
}

export function findShortcut(event: KeyEventLike, shortcuts: readonly Shortcut[]): Shortcut | null {
  if (event.isComposing || isTypingTarget(event.target)) return null;
  return shortcuts.find((shortcut) => matchesKeys(event, shortcut.keys)) ?? null;
}

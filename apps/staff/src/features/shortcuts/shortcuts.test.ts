import { describe, expect, it } from "vitest";
import { findShortcut, isTypingTarget, type KeyEventLike, matchesKeys } from "./shortcuts";

function keydown(code: string, key: string, extra: Partial<KeyEventLike> = {}): KeyEventLike {
  return {
    code,
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    target: null,
    ...extra,
  };
}

const altA = (target: unknown = { tagName: "BODY" }) =>
  keydown("KeyA", "a", { altKey: true, target });

describe("matchesKeys()", () => {
  it("matches the physical key with exactly the given modifiers", () => {
    expect(matchesKeys(altA(), "Alt+A")).toBe(true);
    expect(matchesKeys(keydown("KeyA", "a"), "Alt+A")).toBe(false);
    expect(matchesKeys(keydown("KeyA", "a", { altKey: true, shiftKey: true }), "Alt+A")).toBe(
      false,
    );
  });

  it("works where Alt+A types another character (macOS å)", () => {
    expect(matchesKeys(keydown("KeyA", "å", { altKey: true }), "Alt+A")).toBe(true);
  });
});

describe("isTypingTarget()", () => {
  it("counts text fields, text areas, selects and editable content as typing", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "password" })).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
  });

  it("does not count buttons, checkboxes or the page itself", () => {
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTypingTarget({ tagName: "BODY" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("findShortcut()", () => {
  const shortcuts = [{ keys: "Alt+A", run: () => undefined }];

  it("finds the shortcut when focus is not in a field", () => {
    expect(findShortcut(altA(), shortcuts)?.keys).toBe("Alt+A");
  });

  it("ignores keystrokes while the clerk types in an input", () => {
    expect(findShortcut(altA({ tagName: "INPUT", type: "text" }), shortcuts)).toBeNull();
  });

  it("ignores keystrokes while an input method is composing", () => {
    expect(findShortcut({ ...altA(), isComposing: true }, shortcuts)).toBeNull();
  });
});

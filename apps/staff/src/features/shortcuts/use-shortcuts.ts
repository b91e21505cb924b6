import { useEffect, useRef } from "react";
import { findShortcut, type Shortcut } from "./shortcuts";

export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut = findShortcut(event, current.current);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

import { useEffect, useRef, useState } from "react";
import { serverNow } from "./server-clock";
import {
  remainingTime,
  type SessionPhase,
  sessionPhase,
  shouldExtendOnActivity,
  warnBeforeMs,
} from "./session-timing";

interface KeepAliveOptions {
  /** The server's idle deadline (ISO); moves on each time the session is extended. */
  idleExpiresAt: string;
  extend: () => Promise<unknown>;
  onExpired: () => void;
}

const activityEvents = ["keydown", "pointerdown", "input"] as const;
// setTimeout takes at most a signed 32-bit delay.
const maxTimerDelayMs = 2 ** 31 - 1;

/**
 * Keeps a session alive while the person works (WCAG 2.2.1 Timing Adjustable): typing or
 * clicking extends it silently, at most once a minute; 2 minutes before the idle deadline the
 * caller shows a warning; at the deadline `onExpired` runs.
 */
export function useSessionKeepAlive({ idleExpiresAt, extend, onExpired }: KeepAliveOptions) {
  const expiresAtMs = Date.parse(idleExpiresAt);
  const [now, setNow] = useState(() => serverNow());
  const phase: SessionPhase = sessionPhase(now, expiresAtMs);
  const lastExtendedAt = useRef(serverNow());
  const extendRef = useRef(extend);
  const onExpiredRef = useRef(onExpired);
  extendRef.current = extend;
  onExpiredRef.current = onExpired;

  // A new deadline means the server just saw a request: the throttle starts again from now.
  useEffect(() => {
    lastExtendedAt.current = serverNow();
    setNow(serverNow());
  }, [expiresAtMs]);

  useEffect(() => {
    const current = serverNow();
    const currentPhase = sessionPhase(current, expiresAtMs);
    if (currentPhase === "expired") {
      onExpiredRef.current();
      return;
    }
    // Sleep until the warning is due; during the warning, tick each second for the countdown.
    const delay = currentPhase === "active" ? expiresAtMs - warnBeforeMs - current : 1000;
    const timer = setTimeout(
      () => setNow(serverNow()),
      Math.min(Math.max(delay, 0), maxTimerDelayMs),
    );
    return () => clearTimeout(timer);
  }, [now, expiresAtMs]);

  useEffect(() => {
    // While the warning shows, only its buttons decide: a click on "sign out" must not extend.
    if (phase !== "active") return;
    function onActivity() {
      const current = serverNow();
      if (!shouldExtendOnActivity(current, lastExtendedAt.current)) return;
      lastExtendedAt.current = current;
      extendRef.current().catch(() => undefined);
    }
    for (const type of activityEvents)
      document.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of activityEvents)
        document.removeEventListener(type, onActivity, { capture: true });
    };
  }, [phase]);

  return { phase, remaining: remainingTime(now, expiresAtMs) };
}

import type { QueryKey } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext } from "react";

/** What the shared session handling needs from an app: each app has its own procedures. */
export interface SessionApi {
  /** The key of the app's "who is signed in" query; ending a session keeps it and sets it to null. */
  sessionQueryKey: () => QueryKey;
  /** Extends the session on the server; answers with the new idle deadline (ISO). */
  extendSession: () => Promise<{ idleExpiresAt: string }>;
  /** Ends the session on the server. */
  logout: () => Promise<unknown>;
}

const SessionApiContext = createContext<SessionApi | null>(null);

export function SessionApiProvider({ api, children }: { api: SessionApi; children: ReactNode }) {
  return <SessionApiContext value={api}>{children}</SessionApiContext>;
}

export function useSessionApi(): SessionApi {
  const api = useContext(SessionApiContext);
  if (!api) throw new Error("useSessionApi() needs a <SessionApiProvider> above it.");
  return api;
}

import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { recordServerDate } from "../session/server-clock";

/** The client for the server's `/trpc`, sending the session cookie. */
export function createTrpcClient<TRouter extends AnyTRPCRouter>(): TRPCClient<TRouter> {
  // Built for any router, as the server sends plain JSON (no transformer) whichever app asks.
  const link = httpLink<AnyTRPCRouter>({
    url: "/trpc",
    // Queries go as POST so that no resident ID or other input ever lands in a URL or log line.
    methodOverride: "POST",
    fetch: async (url, options) => {
      const response = await fetch(url, { ...options, credentials: "same-origin" });
      recordServerDate(response.headers.get("date"));
      return response;
    },
  });
  return createTRPCClient<TRouter>({ links: [link] });
}

import type { Page } from "playwright-core";
import { askApi } from "./log-in";

interface CitizenCredentials {
  residentId: string;
  password: string;
}

/**
 * The server's citizen procedures asked over HTTP as one insured person, signed in once in the
 * browser context of `page` (its own cookies): what the person's phone would ask, such as a fresh
 * e-card code to show at the till, or their account's access record.
 */
export async function citizenApi(page: Page, account: CitizenCredentials) {
  const login = await page.request.post("/trpc/auth.citizenLogin", {
    headers: { "content-type": "application/json" },
    data: { residentId: account.residentId, password: account.password },
  });
  if (login.status() !== 200) throw new Error(`the citizen could not sign in: ${login.status()}`);

  async function ask<T>(procedure: string, input?: unknown): Promise<T> {
    const response = await askApi(page, procedure, input);
    if (response.status() !== 200) throw new Error(`${procedure}: ${response.status()}`);
    return ((await response.json()) as { result: { data: T } }).result.data;
  }

  return {
    ask,
    /** A new single-use e-card code, as the e-card page shows it (valid for a minute). */
    async ecardToken(): Promise<string> {
      return (await ask<{ token: string }>("citizen.ecard.token")).token;
    },
  };
}

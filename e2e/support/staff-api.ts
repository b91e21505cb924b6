import type { Page } from "playwright-core";
import { askApi, totpCode } from "./log-in";

interface StaffCredentials {
  username: string;
  password: string;
}

export interface StaffAnswer<T> {
  status: number;
  data?: T;
  /** The refusal's code (DomainError), when the server refused. */
  domainCode?: string;
}

/**
 * The server's staff procedures asked over HTTP as one staff member, signed in once (password and
 * a fresh authenticator code) in the browser context of `page`: what a till or the bureau's
 * counter would send while the test watches the citizen's own screen.
 */
export async function staffApi(page: Page, account: StaffCredentials) {
  const login = await page.request.post("/trpc/auth.staffLogin", {
    headers: { "content-type": "application/json" },
    data: {
      username: account.username,
      password: account.password,
      otp: await totpCode(account.username),
    },
  });
  if (login.status() !== 200)
    throw new Error(`the staff member could not sign in: ${login.status()}`);

  return {
    async ask<T>(procedure: string, input?: unknown): Promise<StaffAnswer<T>> {
      const response = await askApi(page, procedure, input);
      const body = (await response.json()) as {
        result?: { data: T };
        error?: { data?: { domainCode?: string } };
      };
      return {
        status: response.status(),
        ...(body.result ? { data: body.result.data } : {}),
        ...(body.error?.data?.domainCode ? { domainCode: body.error.data.domainCode } : {}),
      };
    },
  };
}

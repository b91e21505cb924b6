import { demoAccounts, demoTotpSecret } from "@yibao/db";
import type { Page } from "playwright-core";
import { askApi, totpCode } from "./log-in";

interface OutboxMessage {
  id: string;
  at: string;
  phone: string;
  templateId: string;
  text: string;
}

/**
 * The development outbox, read as the demo administrator (`staff.outbox.list`): the text messages
 * a phone would have received. Signs in once, in the browser context `open` gives, since a TOTP
 * code is accepted only once.
 */
export function outboxReader(open: () => Promise<{ page: Page }>) {
  let page: Page | undefined;

  async function signedIn(): Promise<Page> {
    if (page) return page;
    const opened = (await open()).page;
    const { username, password } = demoAccounts.administrator;
    const login = await opened.request.post("/trpc/auth.staffLogin", {
      headers: { "content-type": "application/json" },
      data: { username, password, otp: await totpCode(username, demoTotpSecret) },
    });
    if (login.status() !== 200) throw new Error(`admin01 could not sign in: ${login.status()}`);
    page = opened;
    return opened;
  }

  return {
    /** The newest message to `maskedPhone` (`150****1296`) after `sinceIso`, waiting for it a little. */
    async latest(maskedPhone: string, sinceIso: string): Promise<OutboxMessage> {
      const admin = await signedIn();
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const response = await askApi(admin, "staff.outbox.list", {});
        if (response.status() !== 200) throw new Error(`outbox: ${response.status()}`);
        const { items } = (
          (await response.json()) as { result: { data: { items: OutboxMessage[] } } }
        ).result.data;
        const found = items.find((item) => item.phone === maskedPhone && item.at >= sinceIso);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`no text message to ${maskedPhone} since ${sinceIso}`);
    },
  };
}

/** The 6-digit code in a verification text message. */
export function codeIn(text: string): string {
  const code = /验证码是(\d{6})/.exec(text)?.[1];
  if (!code) throw new Error("the message holds no verification code");
  return code;
}

/** Hands one rendered text message to an SMS provider; throws when the provider refuses it. */
export interface SmsSender {
  readonly name: string;
  send(message: { phone: string; text: string; reference: string }): Promise<void>;
}

/**
 * A provider reached over HTTPS: POSTs `{ phone, text, reference }` as JSON with a bearer token,
 * and counts any 2xx as accepted. County SMS platforms (运营商短信网关, 政务短信平台) differ in
 * shape; a small adapter in front of this, or a sender of their own, plugs in the same way.
 */
export function createHttpSmsSender(options: {
  url: string;
  token: string;
  timeoutMs?: number;
}): SmsSender {
  return {
    name: "http",
    async send(message) {
      const response = await fetch(options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${options.token}`,
        },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) {
        // The status only: the provider's body may echo the phone number.
        throw new Error(`the SMS provider answered ${response.status}`);
      }
    },
  };
}

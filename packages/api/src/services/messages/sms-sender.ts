/** Hands one rendered text message to an SMS provider; throws when the provider refuses it. */
export interface SmsSender {
  readonly name: string;
  send(message: { phone: string; text: string; reference: string }): Promise<void>;
}

/**
 * A provider's refusal, as a short code (`HTTP_503`, a provider's own `RATE_LIMITED`): what the
 * outbox keeps as the message's last error, never the provider's text, which may echo the phone.
 */
export class SmsRefusedError extends Error {
  readonly code: string;

  constructor(code: string) {
    super(`the SMS provider refused the message: ${code}`);
    this.name = "SmsRefusedError";
    this.code = code;
  }
}

/**
 * Why a send failed, as the outbox keeps it: the refusal's code, `TIMEOUT` when the provider did
 * not answer in time, `NETWORK` when it could not be reached, `SEND_FAILED` for anything else.
 */
export function sendErrorCodeOf(error: unknown): string {
  if (error instanceof SmsRefusedError && /^[A-Z0-9_]{1,32}$/.test(error.code)) return error.code;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return "TIMEOUT";
  }
  // fetch() rejects with a TypeError when the connection fails.
  if (error instanceof TypeError) return "NETWORK";
  return "SEND_FAILED";
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
      // The status only: the provider's body may echo the phone number.
      if (!response.ok) throw new SmsRefusedError(`HTTP_${response.status}`);
    },
  };
}

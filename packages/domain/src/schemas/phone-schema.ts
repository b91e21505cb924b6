import { z } from "zod";

/**
 * A mainland mobile number: 11 digits starting with 1, spaces and hyphens ignored, an optional
 * +86 or 86 in front dropped. Never echoed in an issue message.
 */
export const phoneSchema = z
  .string()
  .max(32)
  .transform((input, ctx) => {
    const digits = input.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "");
    if (/^1[3-9]\d{9}$/.test(digits)) return digits;
    ctx.addIssue({ code: "custom", message: "PHONE_FORMAT" });
    return z.NEVER;
  });

/** `138****1234`: the first 3 and last 4 digits, as SMS receipts and Chinese services show it. */
export function maskPhone(phone: string): string {
  if (phone.length !== 11) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}

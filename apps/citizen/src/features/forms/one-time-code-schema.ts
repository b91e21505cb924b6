import { verificationPolicy } from "@yibao/domain";
import { z } from "zod";

const codePattern = new RegExp(`^\\d{${verificationPolicy.digits}}$`);

/**
 * A 6-digit one-time code from a text message or an authenticator app, as typed: spaces (some
 * apps show "123 456") are dropped. Issues carry a code the UI translates, never the input.
 */
export const oneTimeCodeSchema = z.string().transform((input, ctx) => {
  const code = input.replace(/\s/g, "");
  if (codePattern.test(code)) return code;
  ctx.addIssue({ code: "custom", message: code === "" ? "EMPTY" : "CODE_FORMAT" });
  return z.NEVER;
});

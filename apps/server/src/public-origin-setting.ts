import { z } from "zod";

/**
 * `PUBLIC_ORIGIN`: the origin browsers send with Yibao's own requests, normalised as they send it
 * (lower-case host, no default port), so the origin check is a plain comparison.
 */
export const publicOriginSetting = z
  .string()
  .optional()
  .transform((raw, ctx): string | undefined => {
    const value = raw?.trim() ?? "";
    if (value === "") return undefined;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    const originOnly =
      url !== undefined &&
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.username === "" &&
      url.password === "" &&
      url.pathname === "/" &&
      url.search === "" &&
      url.hash === "";
    if (!originOnly) {
      ctx.addIssue({
        code: "custom",
        message:
          "PUBLIC_ORIGIN must be the address people open Yibao at, scheme and host only, for example PUBLIC_ORIGIN=https://yibao.example.gov.cn.",
      });
      return z.NEVER;
    }
    return url.origin;
  });

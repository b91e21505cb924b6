import type { CookieJar } from "@yibao/api";
import { parse } from "cookie";
import type { Request, Response } from "express";

/** The API's view of the request's cookies: httpOnly, SameSite=Strict, Secure when configured. */
export function createCookieJar(
  req: Request,
  res: Response,
  options: { secure: boolean },
): CookieJar {
  const incoming = parse(req.headers.cookie ?? "");
  return {
    get: (name) => incoming[name],
    set(name, value, cookieOptions) {
      res.cookie(name, value, {
        httpOnly: true,
        sameSite: "strict",
        secure: options.secure,
        path: "/",
        ...(cookieOptions?.maxAgeSeconds ? { maxAge: cookieOptions.maxAgeSeconds * 1000 } : {}),
      });
    },
    clear(name) {
      res.clearCookie(name, {
        httpOnly: true,
        sameSite: "strict",
        secure: options.secure,
        path: "/",
      });
    },
  };
}

import type { RequestHandler } from "express";
import { sendRefusal } from "./send-refusal";

/**
 * Lets only `methods` reach the app. OPTIONS is answered 204 with `Allow` and no CORS headers, so
 * a cross-origin preflight fails; any other method gets 405 (RFC 9110 §15.5.6) before any route.
 */
export function allowMethods(methods: readonly string[]): RequestHandler {
  const allowed = new Set(methods);
  const allow = methods.join(", ");
  return (req, res, next) => {
    if (allowed.has(req.method)) {
      next();
      return;
    }
    res.setHeader("Allow", allow);
    if (req.method === "OPTIONS") {
      res.status(204).end();
      return;
    }
    sendRefusal(res, 405, "不支持此请求方法。");
  };
}

import type { Request, RequestHandler } from "express";
import { sendRefusal } from "./send-refusal";

/** The origins of the request's own Host, for development and tests without PUBLIC_ORIGIN. */
function ownOrigins(req: Request): string[] {
  const host = req.headers.host;
  if (!host) return [];
  // Either scheme: without a configured origin the server cannot know which one browsers use.
  return ["http", "https"]
    .map((scheme) => `${scheme}://${host}`)
    .filter((address) => URL.canParse(address))
    .map((address) => new URL(address).origin);
}

function comesFromOwnPage(req: Request, publicOrigin: string | undefined): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    return publicOrigin !== undefined ? origin === publicOrigin : ownOrigins(req).includes(origin);
  }
  const fetchSite = req.headers["sec-fetch-site"];
  return fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none";
}

/**
 * Refuses a request made by a page of another site (CSRF). A browser names the page's origin in
 * `Origin`, or at least says in `Sec-Fetch-Site` whether it is the same origin ("none": typed by
 * the user); a request with neither header comes from no browser page (curl, an integration).
 *
 * `publicOrigin` is the origin Yibao is served at; undefined compares with the request's Host.
 */
export function requireSameOrigin(publicOrigin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (comesFromOwnPage(req, publicOrigin)) {
      next();
      return;
    }
    sendRefusal(res, 403, "请求来源不被接受，请从医保服务的网页操作。");
  };
}

import type { RequestHandler } from "express";
import { sendRefusal } from "./send-refusal";

/**
 * Lets a POST through only with `Content-Type: application/json`. A form or `text/plain` POST is
 * what another site can send without a CORS preflight, and tRPC would read form data as input.
 * The header itself is read, not the body: a mutation without input sends the header and no body.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType === "application/json") {
    next();
    return;
  }
  sendRefusal(res, 415, "请以 JSON 格式提交（Content-Type: application/json）。");
};

import type { Response } from "express";

/** Answers a refused request with a short Chinese sentence: no stack trace, nothing echoed. */
export function sendRefusal(res: Response, status: number, message: string): void {
  res.status(status).type("text/plain; charset=utf-8").send(message);
}

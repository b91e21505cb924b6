import { isIP } from "node:net";
import type { Request } from "express";

/**
 * The client's address as Express derives it under "trust proxy", or null when that is not an IP
 * address: with a hop count, the entry taken from X-Forwarded-For is whatever a proxy (or a client
 * in front of it) wrote, and it goes into the audit log.
 */
export function clientAddress(req: Request): string | null {
  const address = req.ip;
  return address !== undefined && isIP(address) !== 0 ? address : null;
}

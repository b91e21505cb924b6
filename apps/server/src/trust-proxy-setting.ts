import { isIP } from "node:net";
import { z } from "zod";

/** What Express's "trust proxy" receives: nothing, a number of proxies, or their addresses. */
export type TrustProxy = false | number | string[];

// The subnets proxy-addr (Express's "trust proxy") knows by name.
const namedSubnets = new Set(["loopback", "linklocal", "uniquelocal"]);

const examples = "TRUST_PROXY=1, TRUST_PROXY=10.0.0.1 or TRUST_PROXY=10.0.0.0/8,loopback";

function isAddressOrSubnet(entry: string): boolean {
  if (namedSubnets.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
  return bits >= 0 && bits <= (version === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: which X-Forwarded-For entries to believe. Unset trusts none, so the address
 * recorded is the one that connected.
 */
export const trustProxySetting = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    const value = raw?.trim().toLowerCase() ?? "";
    if (value === "" || value === "false" || value === "0") return false;
    if (value === "true") {
      ctx.addIssue({
        code: "custom",
        message: `TRUST_PROXY=true is refused: it believes every X-Forwarded-For entry, including one the client writes itself, so any client could pose as any address. Set the number of proxies in front of Yibao or their addresses, for example ${examples}.`,
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(",").map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isAddressOrSubnet(entry));
    if (wrong.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `TRUST_PROXY must be the number of proxies in front of Yibao or their addresses (IP addresses and CIDR ranges, comma-separated); "${wrong.join(", ")}" is neither. For example ${examples}.`,
      });
      return z.NEVER;
    }
    return entries;
  });

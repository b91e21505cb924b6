import { createHash } from "node:crypto";

export interface ProtectionConfig {
  /** Master keys by id; the first is the one new values are sealed with. */
  dataKeys: ReadonlyArray<{ id: string; secret: Buffer }>;
  /** The key of the blind index (keyed hashes that find a person by ID number). */
  indexKey: Buffer;
  /** True when no key was configured and fixed development keys are in use. */
  developmentKeys: boolean;
}

const minimumKeyBytes = 32;

function decodeKey(value: string, name: string): Buffer {
  const secret = Buffer.from(value, "base64");
  if (
    secret.length < minimumKeyBytes ||
    secret.toString("base64").replace(/=+$/, "") !== value.replace(/=+$/, "")
  ) {
    throw new Error(
      `${name} must be at least ${minimumKeyBytes} random bytes in base64 (make one with: openssl rand -base64 32).`,
    );
  }
  return secret;
}

// Fixed, published keys for development and tests: anything sealed with them is readable by
// anyone with this source, which is why production refuses to start without real ones.
function developmentKey(label: string): Buffer {
  return createHash("sha256").update(`yibao development key, not secret: ${label}`).digest();
}

/**
 * The keys that protect personal data at rest, from the environment:
 * `YIBAO_DATA_KEYS="<id>:<base64>,<older id>:<base64>"` (the first seals new values, the others
 * still open what they sealed until `keys:rotate` has re-sealed it) and `YIBAO_INDEX_KEY=<base64>`.
 * Without them, development and tests get fixed development keys; production is refused.
 */
export function readProtectionConfig(
  env: Record<string, string | undefined>,
  options: { production: boolean },
): ProtectionConfig {
  const dataKeys = env.YIBAO_DATA_KEYS?.trim();
  const indexKey = env.YIBAO_INDEX_KEY?.trim();
  if (!dataKeys && !indexKey) {
    if (options.production) {
      throw new Error(
        "YIBAO_DATA_KEYS and YIBAO_INDEX_KEY must be set in production: they encrypt resident ID numbers and phones (see docs/security.md).",
      );
    }
    return {
      dataKeys: [{ id: "dev", secret: developmentKey("data") }],
      indexKey: developmentKey("index"),
      developmentKeys: true,
    };
  }
  if (!dataKeys) throw new Error("YIBAO_DATA_KEYS must be set together with YIBAO_INDEX_KEY.");
  if (!indexKey) throw new Error("YIBAO_INDEX_KEY must be set together with YIBAO_DATA_KEYS.");
  const parsed = dataKeys.split(",").map((entry) => {
    const [id, value, ...rest] = entry.trim().split(":");
    if (!id || !value || rest.length > 0 || !/^[A-Za-z0-9_-]{1,16}$/.test(id)) {
      throw new Error(
        'YIBAO_DATA_KEYS must list keys as "<id>:<base64>" separated by commas, ids of letters, digits, - and _ (for example "k2:…,k1:…").',
      );
    }
    return { id, secret: decodeKey(value, `The key "${id}" in YIBAO_DATA_KEYS`) };
  });
  if (new Set(parsed.map((key) => key.id)).size !== parsed.length) {
    throw new Error("YIBAO_DATA_KEYS names the same key id twice.");
  }
  return {
    dataKeys: parsed,
    indexKey: decodeKey(indexKey, "YIBAO_INDEX_KEY"),
    developmentKeys: false,
  };
}

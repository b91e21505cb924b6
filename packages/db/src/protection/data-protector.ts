import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";
import type { ProtectionConfig } from "./protection-config";

/**
 * What a sealed value is: its column, bound into the MAC so a value cannot be moved to another
 * column or row kind and still open.
 */
export type SealPurpose =
  | "person.resident-id"
  | "person.phone"
  | "message.phone"
  | "message.params"
  | "totp.secret"
  | "application.phone"
  | "application.applicant"
  | "application.action"
  | "agent.resident-id"
  | "agent.phone"
  | "batch-row.resident-id"
  | "batch-row.phone";

/** What sealed bytes are (a file someone sent): bound into the MAC like a column's purpose. */
export type SealBytesPurpose = "upload.bytes";

export interface DataProtector {
  /** `v1.<key id>.<base64url(iv ‖ ciphertext ‖ mac)>`, sealed with the current key. */
  seal(plain: string, purpose: SealPurpose): string;
  open(sealed: string, purpose: SealPurpose): string;
  /**
   * Bytes sealed the same way, for a file kept whole (an upload): `v1.<key id>.` in ASCII, then
   * iv ‖ ciphertext ‖ mac, so that the key a file was sealed with is read from its first bytes.
   */
  sealBytes(plain: Uint8Array, purpose: SealBytesPurpose): Buffer<ArrayBuffer>;
  openBytes(sealed: Uint8Array, purpose: SealBytesPurpose): Buffer;
  /**
   * The first `length` plain bytes of sealed bytes (or of their first bytes, as SQL's `substring`
   * gives them), without the integrity check that needs the whole file: only for telling a file's
   * type from its magic bytes, to show it. Whatever acts on a file opens it whole.
   */
  peekBytes(sealedHead: Uint8Array, length: number): Buffer;
  /** Whether `sealed` was made with an older key and should be re-sealed. */
  isStale(sealed: string): boolean;
  /** The blind index of a normalised resident ID number: hex HMAC-SM3 with the index key. */
  residentIdIndex(residentId: string): string;
  /** A keyed hash of any identifier (`kind` keeps the spaces apart), for counters and lookups. */
  identifierKey(kind: string, identifier: string): string;
  /**
   * A 256-bit key for signing short-lived tokens of one purpose (the e-card QR code), derived
   * from the index key by HKDF-SM3 with the purpose as its label: never a key that seals data.
   */
  tokenKey(purpose: "ecard-token"): Uint8Array;
  readonly currentKeyId: string;
  readonly developmentKeys: boolean;
}

interface DerivedKey {
  encryption: Buffer;
  mac: Buffer;
}

const format = "v1";
const ivBytes = 16;
const macBytes = 32;

// GB/T 39786-2021 favours the SM algorithms: SM4 (128-bit block cipher, GB/T 32907) in CTR mode
// for confidentiality and HMAC-SM3 (GB/T 32905) for integrity, encrypt-then-MAC, with keys
// derived per purpose by HKDF over SM3 (docs/security.md says why not AES-GCM).
function deriveKey(secret: Buffer): DerivedKey {
  return {
    encryption: Buffer.from(hkdfSync("sm3", secret, Buffer.alloc(0), "yibao sm4-ctr", 16)),
    mac: Buffer.from(hkdfSync("sm3", secret, Buffer.alloc(0), "yibao hmac-sm3", 32)),
  };
}

/** The key id and body of sealed bytes: `v1.<key id>.` in ASCII, then iv ‖ ciphertext ‖ mac. */
function sealedBytesOf(sealed: Uint8Array): { keyId: string; body: Buffer } {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const dot = ".".charCodeAt(0);
  const versionEnd = bytes.indexOf(dot);
  const keyEnd = versionEnd < 0 ? -1 : bytes.indexOf(dot, versionEnd + 1);
  // A key id is short; a header longer than this is not one.
  if (versionEnd < 0 || keyEnd < 0 || keyEnd > 64) throw new Error("Not sealed bytes.");
  const keyId = bytes.subarray(versionEnd + 1, keyEnd).toString("ascii");
  if (bytes.subarray(0, versionEnd).toString("ascii") !== format || keyId.length === 0) {
    throw new Error("Not sealed bytes.");
  }
  return { keyId, body: bytes.subarray(keyEnd + 1) };
}

function macOf(key: DerivedKey, header: string, iv: Buffer, ciphertext: Buffer): Buffer {
  return createHmac("sm3", key.mac).update(header).update(iv).update(ciphertext).digest();
}

export function createDataProtector(config: ProtectionConfig): DataProtector {
  const [current] = config.dataKeys;
  if (!current) throw new Error("At least one data key is needed.");
  const keys = new Map(config.dataKeys.map((key) => [key.id, deriveKey(key.secret)]));
  const indexKey = Buffer.from(
    hkdfSync("sm3", config.indexKey, Buffer.alloc(0), "yibao index", 32),
  );

  function keyFor(id: string): DerivedKey {
    const key = keys.get(id);
    if (!key) {
      throw new Error(
        `A value is sealed with the key "${id}", which YIBAO_DATA_KEYS no longer lists.`,
      );
    }
    return key;
  }

  // iv ‖ ciphertext ‖ mac, the MAC over the version, key id and purpose as well.
  function sealWith(keyId: string, plain: Uint8Array, purpose: string): Buffer<ArrayBuffer> {
    const key = keyFor(keyId);
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv("sm4-ctr", key.encryption, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    const mac = macOf(key, `${format}.${keyId}.${purpose}`, iv, ciphertext);
    return Buffer.concat([iv, ciphertext, mac]);
  }

  function openWith(keyId: string, bytes: Buffer, purpose: string): Buffer {
    const key = keyFor(keyId);
    if (bytes.length < ivBytes + macBytes) throw new Error("A sealed value is truncated.");
    const iv = bytes.subarray(0, ivBytes);
    const ciphertext = bytes.subarray(ivBytes, bytes.length - macBytes);
    const mac = bytes.subarray(bytes.length - macBytes);
    if (!timingSafeEqual(mac, macOf(key, `${format}.${keyId}.${purpose}`, iv, ciphertext))) {
      throw new Error("A sealed value failed its integrity check.");
    }
    const decipher = createDecipheriv("sm4-ctr", key.encryption, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  }

  return {
    currentKeyId: current.id,
    developmentKeys: config.developmentKeys,
    seal(plain, purpose) {
      const body = sealWith(current.id, Buffer.from(plain, "utf8"), purpose);
      return `${format}.${current.id}.${body.toString("base64url")}`;
    },
    open(sealed, purpose) {
      const [version, keyId, body, ...rest] = sealed.split(".");
      if (version !== format || !keyId || !body || rest.length > 0) {
        throw new Error("Not a sealed value.");
      }
      return openWith(keyId, Buffer.from(body, "base64url"), purpose).toString("utf8");
    },
    sealBytes(plain, purpose) {
      const header = Buffer.from(`${format}.${current.id}.`, "ascii");
      return Buffer.concat([header, sealWith(current.id, plain, purpose)]);
    },
    openBytes(sealed, purpose) {
      const { keyId, body } = sealedBytesOf(sealed);
      return openWith(keyId, body, purpose);
    },
    peekBytes(sealedHead, length) {
      const { keyId, body } = sealedBytesOf(sealedHead);
      const iv = body.subarray(0, ivBytes);
      if (iv.length < ivBytes) throw new Error("A sealed value is truncated.");
      const decipher = createDecipheriv("sm4-ctr", keyFor(keyId).encryption, iv);
      return decipher.update(body.subarray(ivBytes, ivBytes + length));
    },
    isStale(sealed) {
      return sealed.split(".")[1] !== current.id;
    },
    residentIdIndex(residentId) {
      return createHmac("sm3", indexKey).update(`resident-id:${residentId}`).digest("hex");
    },
    identifierKey(kind, identifier) {
      return createHmac("sm3", indexKey).update(`${kind}:${identifier}`).digest("hex");
    },
    tokenKey(purpose) {
      return new Uint8Array(
        hkdfSync("sm3", config.indexKey, Buffer.alloc(0), `yibao token ${purpose}`, 32),
      );
    },
  };
}

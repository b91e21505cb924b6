import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet: argon2id with 19 MiB of memory, 2 iterations, 1 lane.
// @node-rs/argon2 uses argon2id by default (its `Algorithm` is a const enum that isolated
// modules cannot import).
const argon2idOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), salted per call. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, argon2idOptions);
}

/** False for a wrong password or a malformed hash; never throws on user input. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}

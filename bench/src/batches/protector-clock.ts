import type { DataProtector } from "@yibao/db";
import { createTallies, type Tally } from "./tally";

export interface ProtectorClock {
  /** The same protector, its sealing, opening and hashing timed. */
  protector: DataProtector;
  /** By operation and purpose (`seal person.phone`), since the last call. */
  take(): Tally[];
}

/**
 * Times what the services ask of the data protector (SM4-CTR sealing with HMAC-SM3, the blind
 * index's HMAC-SM3): each call is synchronous, so its time is Node's CPU, apart from the database.
 */
export function createProtectorClock(protector: DataProtector): ProtectorClock {
  const tallies = createTallies();
  function timed<A extends unknown[], R>(
    name: string,
    method: (...args: A) => R,
    purposeOf: (args: A) => string = () => "",
  ): (...args: A) => R {
    return (...args: A) => {
      const started = performance.now();
      try {
        return method.apply(protector, args);
      } finally {
        tallies.add(`${name} ${purposeOf(args)}`.trim(), performance.now() - started);
      }
    };
  }
  const second = (args: readonly unknown[]) => String(args[1]);
  const first = (args: readonly unknown[]) => String(args[0]);
  const clocked: DataProtector = {
    seal: timed("seal", protector.seal, second),
    open: timed("open", protector.open, second),
    sealBytes: timed("sealBytes", protector.sealBytes, second),
    openBytes: timed("openBytes", protector.openBytes, second),
    peekBytes: timed("peekBytes", protector.peekBytes),
    isStale: timed("isStale", protector.isStale),
    residentIdIndex: timed("residentIdIndex", protector.residentIdIndex),
    identifierKey: timed("identifierKey", protector.identifierKey, first),
    tokenKey: timed("tokenKey", protector.tokenKey),
    get currentKeyId() {
      return protector.currentKeyId;
    },
    get developmentKeys() {
      return protector.developmentKeys;
    },
  };
  return { protector: clocked, take: tallies.take };
}

import { type Database, demoTotpSecret } from "@yibao/db";
import { createGuardrails, generate } from "otplib";
import { testNow } from "./seeded-database";
import { createTestCaller, createTestClock } from "./test-caller";

const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** The demo authenticator's code at `at` (every demo staff account is enrolled on the same secret). */
export function demoStaffCode(at: Date, secret: string = demoTotpSecret): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000), guardrails });
}

// A code works once per account, so each sign-in in a test process happens 30 s after the last.
let signIns = 0;

/** A clock for one more signed-in caller: a fresh 30-second step after `testNow`. */
export function nextSignInClock() {
  signIns += 1;
  return createTestClock(new Date(testNow.getTime() + signIns * 30_000));
}

/** Signs a demo staff member in with password and the demo authenticator's current code. */
export async function signInStaff(
  database: Pick<Database, "prisma" | "protector">,
  account: { username: string; password: string },
  options: { clock?: ReturnType<typeof createTestClock>; clientAddress?: string } = {},
) {
  const clock = options.clock ?? nextSignInClock();
  const { caller, cookies } = createTestCaller(database, {
    now: clock.now,
    ...(options.clientAddress ? { clientAddress: options.clientAddress } : {}),
  });
  const view = await caller.auth.staffLogin({
    username: account.username,
    password: account.password,
    otp: await demoStaffCode(clock.now()),
  });
  return { caller, cookies, clock, view };
}

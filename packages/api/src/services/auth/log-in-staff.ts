import { isPasswordExpired, passwordPolicy } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { type LoginKind, logIn } from "./log-in";
import type { StartedSession } from "./start-session";

const staffLogin: LoginKind = {
  kind: "STAFF",
  async consumeSecondFactor(tx, staffUserId, proof, now) {
    if ("step" in proof) {
      const used = await tx.$executeRaw`
        UPDATE staff_user SET totp_last_step = ${proof.step}
         WHERE id = ${staffUserId}::uuid
           AND (totp_last_step IS NULL OR totp_last_step < ${proof.step})`;
      return used === 1;
    }
    const spent = await tx.recoveryCode.updateMany({
      where: { staffUserId, codeHash: proof.recoveryCodeHash, usedAt: null },
      data: { usedAt: now },
    });
    return spent.count === 1;
  },
  async recordSignIn(tx, staffUserId, now) {
    await tx.staffUser.update({ where: { id: staffUserId }, data: { lastSignInAt: now } });
  },
};

/**
 * A staff member signs in with username, password and the code of their authenticator (or a
 * recovery code), in one call. An account that has not enrolled its factor yet gets a session
 * that opens only the enrolment; an expired or staff-set password, only the change.
 */
export async function logInStaff(
  ctx: ServiceContext<null>,
  input: { username: string; password: string; otp?: string | undefined },
): Promise<StartedSession> {
  const user = await ctx.prisma.staffUser.findUnique({ where: { username: input.username } });
  // A deactivated account is refused exactly like an unknown one.
  const active = user?.active === true ? user : null;
  return logIn(ctx, staffLogin, {
    accountKey: ctx.protector.identifierKey("login:staff", input.username.toLowerCase()),
    account: active
      ? {
          subjectId: active.id,
          subjectPersonId: null,
          role: active.role,
          passwordHash: active.passwordHash,
          totp: active.totpSecretSealed
            ? {
                secret: ctx.protector.open(active.totpSecretSealed, "totp.secret"),
                lastStep: active.totpLastStep,
              }
            : null,
          secondFactorRequired: true,
          mustChangePassword:
            !active.demoAccount &&
            (active.mustChangePassword ||
              isPasswordExpired(active.passwordChangedAt, ctx.now, passwordPolicy.staffMaxAgeDays)),
          phone: null,
        }
      : null,
    password: input.password,
    otp: input.otp,
    askForMissingCode: false,
  });
}

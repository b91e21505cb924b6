import type { ServiceContext } from "../../context";
import { type CredentialStore, logIn } from "./log-in";
import type { StartedSession } from "./start-session";

const staffCredentials: CredentialStore = {
  kind: "STAFF",
  subjectPersonId: () => null,
  async countFailure(tx, staffUserId) {
    const updated = await tx.staffUser.update({
      where: { id: staffUserId },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    return updated.failedLoginCount;
  },
  async lock(tx, staffUserId, state) {
    await tx.staffUser.update({ where: { id: staffUserId }, data: state });
  },
  async clearFailures(tx, staffUserId) {
    await tx.staffUser.update({
      where: { id: staffUserId },
      data: { failedLoginCount: 0, lockedUntil: null },
    });
  },
};

/** A staff member signs in to the back office with username and password. */
export async function logInStaff(
  ctx: ServiceContext<null>,
  input: { username: string; password: string },
): Promise<StartedSession> {
  const user = await ctx.prisma.staffUser.findUnique({
    where: { username: input.username },
    select: {
      id: true,
      active: true,
      passwordHash: true,
      failedLoginCount: true,
      lockedUntil: true,
    },
  });
  // A deactivated account is refused exactly like an unknown one.
  const credential =
    user?.active === true
      ? {
          subjectId: user.id,
          passwordHash: user.passwordHash,
          failedLoginCount: user.failedLoginCount,
          lockedUntil: user.lockedUntil,
        }
      : null;
  return logIn(ctx, staffCredentials, credential, input.password);
}

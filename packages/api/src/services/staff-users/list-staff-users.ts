import type { StaffRole } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";

export interface StaffUserRow {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  servicePoint: { code: string; name: string };
  active: boolean;
  secondFactorEnrolled: boolean;
  locked: boolean;
  passwordChangedAt: string;
  lastSignInAt: string | null;
}

/** The county's staff accounts by username, a page at a time (keyset: after `cursor`). */
export async function listStaffUsers(
  ctx: ServiceContext<StaffActor>,
  input: { cursor?: string | undefined; limit: number },
): Promise<{ items: StaffUserRow[]; nextCursor: string | null }> {
  const users = await ctx.prisma.staffUser.findMany({
    where: input.cursor ? { username: { gt: input.cursor } } : {},
    orderBy: { username: "asc" },
    take: input.limit + 1,
    include: { servicePoint: { select: { code: true, name: true } } },
  });
  const page = users.slice(0, input.limit);
  const keys = page.map((user) =>
    ctx.protector.identifierKey("login:staff", user.username.toLowerCase()),
  );
  const locks = await ctx.prisma.loginThrottle.findMany({
    where: { accountKey: { in: keys }, lockedUntil: { gt: ctx.now } },
    select: { accountKey: true },
  });
  const locked = new Set(locks.map((lock) => lock.accountKey));
  return {
    items: page.map((user, index) => ({
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      servicePoint: user.servicePoint,
      active: user.active,
      secondFactorEnrolled: user.totpSecretSealed !== null,
      locked: locked.has(keys[index] ?? ""),
      passwordChangedAt: user.passwordChangedAt.toISOString(),
      lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    })),
    nextCursor: users.length > input.limit ? (page.at(-1)?.username ?? null) : null,
  };
}

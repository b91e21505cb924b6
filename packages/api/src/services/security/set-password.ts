import { hashPassword, type PrismaClient, verifyPassword } from "@yibao/db";
import { checkNewPassword, type PasswordOwner, passwordPolicy } from "@yibao/domain";
import type { AccountOwner } from "../../access/account-owner";
import { DomainError } from "../../errors";

type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type PasswordAccount = AccountOwner;

/**
 * Refuses a new password that breaks the rule (PASSWORD_REJECTED, with every rule it breaks as
 * issue codes on `field`) or that is one of the account's last five. Answers its hash.
 */
export async function checkAndHashNewPassword(
  prisma: Pick<PrismaClient, "passwordHistory">,
  input: { account: PasswordAccount | null; password: string; about: PasswordOwner; field: string },
): Promise<string> {
  const rejections: string[] = checkNewPassword(input.password, input.about);
  if (rejections.length === 0 && input.account) {
    const recent = await prisma.passwordHistory.findMany({
      where: input.account,
      orderBy: { createdAt: "desc" },
      take: passwordPolicy.historyCount,
      select: { passwordHash: true },
    });
    for (const { passwordHash } of recent) {
      if (await verifyPassword(passwordHash, input.password)) {
        rejections.push("REUSED");
        break;
      }
    }
  }
  if (rejections.length > 0) {
    throw new DomainError("PASSWORD_REJECTED", {
      issues: rejections.map((code) => ({ path: [input.field], code })),
    });
  }
  return hashPassword(input.password);
}

/** Keeps the new hash in the account's history, trimmed to what the reuse rule looks at. */
export async function rememberPassword(
  tx: TransactionClient,
  account: PasswordAccount,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await tx.passwordHistory.create({ data: { ...account, passwordHash, createdAt: now } });
  const keep = await tx.passwordHistory.findMany({
    where: account,
    orderBy: { createdAt: "desc" },
    take: passwordPolicy.historyCount,
    select: { id: true },
  });
  await tx.passwordHistory.deleteMany({
    where: { ...account, id: { notIn: keep.map((row) => row.id) } },
  });
}

import { verifyPassword } from "@yibao/db";
import { ownerOfActor } from "../../access/account-owner";
import type { Actor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { consumeRateLimits } from "./consume-rate-limits";
import { readOwnCredential, updateOwnCredential } from "./own-credential";
import { checkAndHashNewPassword, rememberPassword } from "./set-password";

/**
 * Changes the signed-in account's own password: the current one first (five wrong tries per 15
 * minutes, so a stolen session cannot guess it), the rule and the last five refused. Every other
 * session of the account ends; a session that was made to change it opens fully.
 */
export async function changePassword(
  ctx: ServiceContext<Actor>,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const account = await readOwnCredential(ctx);
  const owner = ownerOfActor(ctx.actor);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await consumeRateLimits(
      ctx.prisma,
      [{ bucket: "passwordCheckPerActor", subject: ctx.actor.sessionId }],
      ctx.now,
    );
    throw new DomainError("CURRENT_PASSWORD_WRONG");
  }
  if (input.currentPassword === input.newPassword) {
    throw new DomainError("PASSWORD_REJECTED", {
      issues: [{ path: ["newPassword"], code: "SAME_AS_CURRENT" }],
    });
  }
  const passwordHash = await checkAndHashNewPassword(ctx.prisma, {
    account: owner,
    password: input.newPassword,
    about: account.about,
    field: "newPassword",
  });
  await ctx.prisma.$transaction(async (tx) => {
    await updateOwnCredential(tx, ctx.actor, {
      passwordHash,
      passwordChangedAt: ctx.now,
      mustChangePassword: false,
    });
    await rememberPassword(tx, owner, passwordHash, ctx.now);
    await tx.session.deleteMany({ where: { ...owner, id: { not: ctx.actor.sessionId } } });
    if (ctx.actor.stage === "PASSWORD_CHANGE") {
      await tx.session.update({ where: { id: ctx.actor.sessionId }, data: { stage: "FULL" } });
    }
    await recordActorEvent(tx, ctx, {
      action: "auth.password-changed",
      subjectPersonId: ctx.actor.kind === "CITIZEN" ? ctx.actor.personId : null,
    });
    if (account.phone && ctx.actor.kind === "CITIZEN") {
      await ctx.messages.send(
        tx,
        {
          phone: account.phone,
          templateId: "PASSWORD_CHANGED",
          params: {},
          personId: ctx.actor.personId,
        },
        ctx.now,
      );
    }
  });
  return { ok: true };
}

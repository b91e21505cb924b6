import { verifyPassword } from "@yibao/db";
import type { Actor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { consumeRateLimits } from "./consume-rate-limits";
import { checkAndHashNewPassword, rememberPassword } from "./set-password";

async function accountOf(ctx: ServiceContext<Actor>) {
  if (ctx.actor.kind === "STAFF") {
    const user = await ctx.prisma.staffUser.findUniqueOrThrow({
      where: { id: ctx.actor.staffUserId },
      select: { passwordHash: true, username: true },
    });
    return {
      owner: { staffUserId: ctx.actor.staffUserId },
      passwordHash: user.passwordHash,
      about: { username: user.username },
      phone: null,
    };
  }
  const person = await ctx.prisma.person.findUniqueOrThrow({
    where: { id: ctx.actor.personId },
    select: {
      residentIdSealed: true,
      birthDate: true,
      phoneSealed: true,
      credential: { select: { passwordHash: true } },
    },
  });
  if (!person.credential) throw new DomainError("NOT_FOUND");
  return {
    owner: { personId: ctx.actor.personId },
    passwordHash: person.credential.passwordHash,
    about: {
      residentId: ctx.protector.open(person.residentIdSealed, "person.resident-id"),
      birthDate: person.birthDate.toISOString().slice(0, 10),
    },
    phone: person.phoneSealed ? ctx.protector.open(person.phoneSealed, "person.phone") : null,
  };
}

/**
 * Changes the signed-in account's own password: the current one first (five wrong tries per 15
 * minutes, so a stolen session cannot guess it), the rule and the last five refused. Every other
 * session of the account ends; a session that was made to change it opens fully.
 */
export async function changePassword(
  ctx: ServiceContext<Actor>,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const account = await accountOf(ctx);
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
    account: account.owner,
    password: input.newPassword,
    about: account.about,
    field: "newPassword",
  });
  await ctx.prisma.$transaction(async (tx) => {
    const changed = { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false };
    if (ctx.actor.kind === "STAFF") {
      await tx.staffUser.update({ where: { id: ctx.actor.staffUserId }, data: changed });
    } else {
      await tx.citizenCredential.update({
        where: { personId: ctx.actor.personId },
        data: changed,
      });
    }
    await rememberPassword(tx, account.owner, passwordHash, ctx.now);
    await tx.session.deleteMany({ where: { ...account.owner, id: { not: ctx.actor.sessionId } } });
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

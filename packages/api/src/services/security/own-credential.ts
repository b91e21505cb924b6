import type { PrismaClient } from "@yibao/db";
import { maskResidentId, type PasswordOwner, validateResidentId } from "@yibao/domain";
import type { Actor, ServiceContext, TransactionClient } from "../../context";
import { DomainError } from "../../errors";

/** What the own-account use cases read of the signed-in account's credential, whatever its kind. */
export interface OwnCredential {
  passwordHash: string;
  mustChangePassword: boolean;
  /** The published demo accounts skip the first-sign-in change (staff and agents; never citizens). */
  demoAccount: boolean;
  totpSecretSealed: string | null;
  totpPendingSealed: string | null;
  /** How the authenticator app names the account: the username, or the masked ID number. */
  label: string;
  /** What a new password may not contain. */
  about: PasswordOwner;
  /** Where the insured is told of a change to their account; null for everyone else. */
  phone: string | null;
}

/** What a use case may change of the signed-in account's credential. */
export interface CredentialChange {
  passwordHash?: string;
  passwordChangedAt?: Date;
  mustChangePassword?: boolean;
  totpSecretSealed?: string | null;
  totpPendingSealed?: string | null;
  totpLastStep?: bigint | null;
  /** When the factor was turned on (staff accounts call it enrolled). */
  totpEnabledAt?: Date | null;
}

function aboutResident(residentId: string): PasswordOwner {
  const id = validateResidentId(residentId);
  return { residentId, birthDate: id.ok ? id.birthDate : null };
}

/**
 * The credential of the signed-in account: a staff user's row, an insured person's credential,
 * or an employer's agent's row. Each kind keeps the same facts under its own table.
 */
export async function readOwnCredential(
  ctx: Pick<ServiceContext<Actor>, "prisma" | "protector" | "actor">,
): Promise<OwnCredential> {
  const { actor } = ctx;
  switch (actor.kind) {
    case "STAFF": {
      const user = await ctx.prisma.staffUser.findUniqueOrThrow({
        where: { id: actor.staffUserId },
      });
      return { ...user, label: user.username, about: { username: user.username }, phone: null };
    }
    case "EMPLOYER": {
      const agent = await ctx.prisma.employerAgent.findUniqueOrThrow({
        where: { id: actor.employerAgentId },
      });
      const residentId = ctx.protector.open(agent.residentIdSealed, "agent.resident-id");
      return {
        ...agent,
        label: maskResidentId(residentId),
        about: aboutResident(residentId),
        phone: null,
      };
    }
    case "CITIZEN": {
      const person = await ctx.prisma.person.findUniqueOrThrow({
        where: { id: actor.personId },
        select: { residentIdSealed: true, birthDate: true, phoneSealed: true, credential: true },
      });
      if (!person.credential) throw new DomainError("NOT_FOUND");
      const residentId = ctx.protector.open(person.residentIdSealed, "person.resident-id");
      return {
        ...person.credential,
        demoAccount: false,
        label: maskResidentId(residentId),
        about: { residentId, birthDate: person.birthDate.toISOString().slice(0, 10) },
        phone: person.phoneSealed ? ctx.protector.open(person.phoneSealed, "person.phone") : null,
      };
    }
  }
}

/** Writes `change` to the signed-in account's credential, in the caller's transaction. */
export async function updateOwnCredential(
  writer: TransactionClient | PrismaClient,
  actor: Actor,
  change: CredentialChange,
): Promise<void> {
  switch (actor.kind) {
    case "STAFF": {
      const { totpEnabledAt, ...rest } = change;
      await writer.staffUser.update({
        where: { id: actor.staffUserId },
        data: {
          ...rest,
          ...(totpEnabledAt === undefined ? {} : { totpEnrolledAt: totpEnabledAt }),
        },
      });
      return;
    }
    case "EMPLOYER":
      await writer.employerAgent.update({ where: { id: actor.employerAgentId }, data: change });
      return;
    case "CITIZEN":
      await writer.citizenCredential.update({ where: { personId: actor.personId }, data: change });
      return;
  }
}

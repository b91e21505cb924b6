import { maskResidentId } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { type CredentialStore, logIn } from "./log-in";
import type { StartedSession } from "./start-session";

const citizenCredentials: CredentialStore = {
  kind: "CITIZEN",
  subjectPersonId: (credential) => credential.subjectId,
  async countFailure(tx, personId) {
    const updated = await tx.citizenCredential.update({
      where: { personId },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    return updated.failedLoginCount;
  },
  async lock(tx, personId, state) {
    await tx.citizenCredential.update({ where: { personId }, data: state });
  },
  async clearFailures(tx, personId) {
    await tx.citizenCredential.update({
      where: { personId },
      data: { failedLoginCount: 0, lockedUntil: null },
    });
  },
};

export interface CitizenLoggedIn extends StartedSession {
  profile: { name: string; maskedResidentId: string; elderMode: boolean };
}

/** An insured person signs in with resident ID number and password (DOMAIN.md, balance inquiry 1). */
export async function logInCitizen(
  ctx: ServiceContext<null>,
  input: { residentId: string; password: string },
): Promise<CitizenLoggedIn> {
  const person = await ctx.prisma.person.findUnique({
    where: { residentId: input.residentId },
    select: { id: true, name: true, residentId: true, credential: true },
  });
  if (!person?.credential) {
    // Refused inside logIn exactly like a wrong password, so the answer does not tell them apart.
    await logIn(ctx, citizenCredentials, null, input.password);
    throw new Error("logIn accepted an account that does not exist");
  }
  const { credential } = person;
  const session = await logIn(
    ctx,
    citizenCredentials,
    {
      subjectId: person.id,
      passwordHash: credential.passwordHash,
      failedLoginCount: credential.failedLoginCount,
      lockedUntil: credential.lockedUntil,
    },
    input.password,
  );
  return {
    token: session.token,
    idleExpiresAt: session.idleExpiresAt,
    profile: {
      name: person.name,
      maskedResidentId: maskResidentId(person.residentId),
      elderMode: credential.elderMode,
    },
  };
}

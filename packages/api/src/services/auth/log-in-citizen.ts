import { maskResidentId, type SessionStage } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { type LoginKind, logIn } from "./log-in";
import type { StartedSession } from "./start-session";

const citizenLogin: LoginKind = {
  kind: "CITIZEN",
  async consumeSecondFactor(tx, personId, proof, now) {
    if ("step" in proof) {
      const used = await tx.$executeRaw`
        UPDATE citizen_credential SET totp_last_step = ${proof.step}
         WHERE person_id = ${personId}::uuid
           AND (totp_last_step IS NULL OR totp_last_step < ${proof.step})`;
      return used === 1;
    }
    const spent = await tx.recoveryCode.updateMany({
      where: { personId, codeHash: proof.recoveryCodeHash, usedAt: null },
      data: { usedAt: now },
    });
    return spent.count === 1;
  },
  async recordSignIn() {
    // Citizens' last sign-in is in the audit trail; nothing else keeps it.
  },
};

/** The keyed hash a citizen's login attempts are counted under: the same for unknown numbers. */
export function citizenAccountKey(
  ctx: Pick<ServiceContext, "protector">,
  residentId: string,
): string {
  return ctx.protector.identifierKey("login:citizen", residentId);
}

export interface CitizenLoggedIn extends StartedSession {
  profile: { name: string; maskedResidentId: string; elderMode: boolean; stage: SessionStage };
}

/** An insured person signs in with resident ID number and password (DOMAIN.md, balance inquiry 1). */
export async function logInCitizen(
  ctx: ServiceContext<null>,
  input: { residentId: string; password: string; otp?: string | undefined },
): Promise<CitizenLoggedIn> {
  const person = await ctx.prisma.person.findUnique({
    where: { residentIdIndex: ctx.protector.residentIdIndex(input.residentId) },
    select: { id: true, name: true, phoneSealed: true, credential: true },
  });
  const credential = person?.credential ?? null;
  const session = await logIn(ctx, citizenLogin, {
    accountKey: citizenAccountKey(ctx, input.residentId),
    account:
      person && credential
        ? {
            subjectId: person.id,
            subjectPersonId: person.id,
            role: "INSURED",
            passwordHash: credential.passwordHash,
            totp: credential.totpSecretSealed
              ? {
                  secret: ctx.protector.open(credential.totpSecretSealed, "totp.secret"),
                  lastStep: credential.totpLastStep,
                }
              : null,
            secondFactorRequired: false,
            mustChangePassword: credential.mustChangePassword,
            phone: person.phoneSealed
              ? ctx.protector.open(person.phoneSealed, "person.phone")
              : null,
          }
        : null,
    password: input.password,
    otp: input.otp,
    askForMissingCode: true,
  });
  if (!person || !credential) throw new Error("logIn accepted an account that does not exist");
  return {
    token: session.token,
    idleExpiresAt: session.idleExpiresAt,
    stage: session.stage,
    profile: {
      name: person.name,
      maskedResidentId: maskResidentId(input.residentId),
      elderMode: credential.elderMode,
      stage: session.stage,
    },
  };
}

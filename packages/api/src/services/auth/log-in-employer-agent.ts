import { chinaToday } from "@yibao/domain";
import type { ServiceContext } from "../../context";
import { agentAuthorisedOn } from "../employer-batch-queue/agent-authorised-on";
import { type LoginKind, logIn } from "./log-in";
import type { StartedSession } from "./start-session";

const employerLogin: LoginKind = {
  kind: "EMPLOYER",
  async consumeSecondFactor(tx, employerAgentId, proof, now) {
    if ("step" in proof) {
      const used = await tx.$executeRaw`
        UPDATE employer_agent SET totp_last_step = ${proof.step}
         WHERE id = ${employerAgentId}::uuid
           AND (totp_last_step IS NULL OR totp_last_step < ${proof.step})`;
      return used === 1;
    }
    const spent = await tx.recoveryCode.updateMany({
      where: { employerAgentId, codeHash: proof.recoveryCodeHash, usedAt: null },
      data: { usedAt: now },
    });
    return spent.count === 1;
  },
  async recordSignIn(tx, employerAgentId, now) {
    await tx.employerAgent.update({ where: { id: employerAgentId }, data: { lastSignInAt: now } });
  },
};

export interface EmployerAgentLoggedIn extends StartedSession {
  employerAgentId: string;
}

/**
 * An employer's handling agent signs in with the employer's unified social credit code, their
 * own resident ID number and password, and the authenticator's code if they turned it on (the
 * employer issue). The shared rule of `logIn` applies: the same lockout, throttle and answers. An
 * agent who is deactivated, or not authorised today, is refused exactly like an unknown one.
 */
export async function logInEmployerAgent(
  ctx: ServiceContext<null>,
  input: { creditCode: string; residentId: string; password: string; otp?: string | undefined },
): Promise<EmployerAgentLoggedIn> {
  // One look-up whether or not the employer exists, so the answer takes as long either way.
  const agent = await ctx.prisma.employerAgent.findFirst({
    where: {
      employer: { creditCode: input.creditCode },
      residentIdIndex: ctx.protector.residentIdIndex(input.residentId),
    },
  });
  const usable = agent && agentAuthorisedOn(agent, chinaToday(ctx.now)) ? agent : null;
  const session = await logIn(ctx, employerLogin, {
    // Counted per employer and person: an agent of two employers is two accounts.
    accountKey: ctx.protector.identifierKey(
      "login:employer",
      `${input.creditCode}/${input.residentId}`,
    ),
    account: usable
      ? {
          subjectId: usable.id,
          subjectPersonId: null,
          role: "EMPLOYER_AGENT",
          passwordHash: usable.passwordHash,
          totp: usable.totpSecretSealed
            ? {
                secret: ctx.protector.open(usable.totpSecretSealed, "totp.secret"),
                lastStep: usable.totpLastStep,
              }
            : null,
          secondFactorRequired: false,
          mustChangePassword: usable.mustChangePassword && !usable.demoAccount,
          phone: usable.phoneSealed ? ctx.protector.open(usable.phoneSealed, "agent.phone") : null,
        }
      : null,
    password: input.password,
    otp: input.otp,
    askForMissingCode: true,
  });
  return { ...session, employerAgentId: session.subjectId };
}

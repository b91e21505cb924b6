import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../password-hash";
import type { DataProtector } from "../protection/data-protector";
import { demoAccounts, demoPassword } from "./demo-accounts";
import { demoEmployers } from "./demo-employers";

/**
 * The demo employers' handling agents (单位经办人): 杨帆 of 青山茶业, who submits the README's bulk
 * card applications, and 马丽 of 顺达物流, so that one employer's agent can be seen not to reach
 * the other's batches. Each signs in with the credit code, their own ID number and the demo
 * password, and has no second factor (it is the agent's choice, as the insured's); both were
 * authorised by the county centre for 2026–2027, on the strength of a letter of introduction.
 */
export const demoEmployerAgents = {
  teaCompanyAgent: {
    creditCode: demoEmployers.teaCompany.creditCode,
    residentId: "530125198506120038",
    name: "杨帆",
    phone: "13987105526",
    password: demoPassword,
    authorisedFrom: "2026-01-01",
    authorisedUntil: "2027-12-31",
  },
  logisticsCompanyAgent: {
    creditCode: demoEmployers.logisticsCompany.creditCode,
    residentId: "530125199003150029",
    name: "马丽",
    phone: "13769820417",
    password: demoPassword,
    authorisedFrom: "2026-01-01",
    authorisedUntil: "2027-12-31",
  },
} as const;

/** Adds the demo agents that are not there yet; the demo employers and staff must be seeded first. */
export async function seedDemoEmployerAgents(
  database: { prisma: PrismaClient; protector: DataProtector },
  now: Date,
): Promise<void> {
  const { prisma, protector } = database;
  const centreClerk = await prisma.staffUser.findUnique({
    where: { username: demoAccounts.countyCentreClerk.username },
    select: { id: true },
  });
  const passwordHash = await hashPassword(demoPassword);
  for (const agent of Object.values(demoEmployerAgents)) {
    const employer = await prisma.employer.findUniqueOrThrow({
      where: { creditCode: agent.creditCode },
    });
    const residentIdIndex = protector.residentIdIndex(agent.residentId);
    const existing = await prisma.employerAgent.findUnique({
      where: { employerId_residentIdIndex: { employerId: employer.id, residentIdIndex } },
    });
    if (existing) continue;
    await prisma.$transaction(async (tx) => {
      const created = await tx.employerAgent.create({
        data: {
          employerId: employer.id,
          residentIdIndex,
          residentIdSealed: protector.seal(agent.residentId, "agent.resident-id"),
          name: agent.name,
          phoneSealed: protector.seal(agent.phone, "agent.phone"),
          passwordHash,
          passwordChangedAt: now,
          mustChangePassword: false,
          demoAccount: true,
          authorisedFrom: new Date(`${agent.authorisedFrom}T00:00:00Z`),
          authorisedUntil: new Date(`${agent.authorisedUntil}T00:00:00Z`),
          authorisedBy: centreClerk?.id ?? null,
        },
      });
      // The reuse rule sees the demo password like any password that was set.
      await tx.passwordHistory.create({
        data: { employerAgentId: created.id, passwordHash, createdAt: now },
      });
    });
  }
}

import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../password-hash";
import { calendar2026 } from "./calendar-2026";
import { demoPassword } from "./demo-accounts";
import { demoPeople, demoServicePoints, demoStaff } from "./demo-county";
import { buildDemoHistory } from "./demo-history";
import { seedWorkingCalendar } from "./seed-working-calendar";

export interface SeedDemoDataOptions {
  /** Anchors the demo history: contributions run up to the month before this. */
  now: Date;
  /** The caller's NODE_ENV; `production` is refused. */
  nodeEnv?: string;
}

/**
 * Seeds the 2026 working calendar and the fictional 云溪县: its service points, staff and
 * insured people with their contributions and account ledgers. Idempotent: what exists is left
 * as it is, so a second run changes nothing. Refused in production, because every demo login
 * shares a published password.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  options: SeedDemoDataOptions,
): Promise<void> {
  if (options.nodeEnv === "production") {
    throw new Error(
      "Refusing to seed demo data with NODE_ENV=production: demo logins share a published password.",
    );
  }
  await seedWorkingCalendar(prisma, calendar2026);

  for (const servicePoint of demoServicePoints) {
    await prisma.servicePoint.upsert({
      where: { code: servicePoint.code },
      create: servicePoint,
      update: {},
    });
  }

  for (const { servicePointCode, ...staff } of demoStaff) {
    if (await prisma.staffUser.findUnique({ where: { username: staff.username } })) continue;
    await prisma.staffUser.create({
      data: {
        ...staff,
        passwordHash: await hashPassword(demoPassword),
        servicePoint: { connect: { code: servicePointCode } },
      },
    });
  }

  for (const demoPerson of demoPeople) {
    const { residentId, name, sex, phone, birthDate } = demoPerson;
    if (await prisma.person.findUnique({ where: { residentId } })) continue;
    const history = buildDemoHistory(demoPerson, options.now);
    const passwordHash = await hashPassword(demoPassword);
    // One person per transaction: the person's rows appear together or not at all.
    await prisma.$transaction(async (tx) => {
      const person = await tx.person.create({
        data: { residentId, name, sex, phone, birthDate: new Date(`${birthDate}T00:00:00Z`) },
      });
      await tx.citizenCredential.create({
        data: { personId: person.id, passwordHash, passwordChangedAt: options.now },
      });
      await tx.account.create({
        data: { personId: person.id, balanceFen: history.balanceFen, openedOn: history.openedOn },
      });
      await tx.contribution.createMany({
        data: history.contributions.map((row) => ({ personId: person.id, ...row })),
      });
      await tx.ledgerEntry.createMany({
        data: history.ledgerEntries.map((entry) => ({ personId: person.id, ...entry })),
      });
    });
  }
}

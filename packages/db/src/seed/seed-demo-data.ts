import { loadCoveredCalendar } from "../calendar/load-covered-calendar";
import { isProductionEnv } from "../config";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../password-hash";
import type { DataProtector } from "../protection/data-protector";
import { calendar2026 } from "./calendar-2026";
import { demoPassword, demoTotpSecret } from "./demo-accounts";
import { seedDemoApplications } from "./demo-applications";
import { demoCounterPeople } from "./demo-counter-people";
import { demoPeople, demoServicePoints, demoStaff } from "./demo-county";
import { seedDemoEmployerAgents } from "./demo-employer-agents";
import { demoEmployers } from "./demo-employers";
import { buildDemoHistory } from "./demo-history";
import { demoInstitutions } from "./demo-institutions";
import { seedDemoParameters } from "./demo-parameters";
import { seedDemoServiceHistory } from "./demo-service-history";
import { seedDemoTax } from "./demo-tax";
import { seedWorkingCalendar } from "./seed-working-calendar";

export interface SeedDemoDataOptions {
  /** Anchors the demo history: contributions run up to the month before this. */
  now: Date;
  /** The caller's NODE_ENV; production (in any letter case) is refused. */
  nodeEnv?: string;
}

/** The marker a production server looks for before it starts (`hasDemoData`). */
export const demoDataMarker = "demo-data";

/**
 * Seeds the 2026 working calendar and the fictional 云溪县: its service points, staff and
 * insured people with their contributions and account ledgers. Idempotent: what exists is left
 * as it is, so a second run changes nothing. Refused in production, because every demo login
 * shares a published password and second-factor secret. The demo accounts are exempt from the
 * first-sign-in password change so that the README's logins work as written.
 */
export async function seedDemoData(
  database: { prisma: PrismaClient; protector: DataProtector },
  options: SeedDemoDataOptions,
): Promise<void> {
  if (isProductionEnv(options.nodeEnv)) {
    throw new Error(
      "Refusing to seed demo data with NODE_ENV=production: demo logins share a published password.",
    );
  }
  const { prisma, protector } = database;
  await prisma.deploymentMarker.upsert({
    where: { key: demoDataMarker },
    create: { key: demoDataMarker, value: options.now.toISOString() },
    update: {},
  });
  await seedWorkingCalendar(prisma, calendar2026, options.now);

  for (const servicePoint of demoServicePoints) {
    await prisma.servicePoint.upsert({
      where: { code: servicePoint.code },
      create: servicePoint,
      update: {},
    });
  }

  for (const employer of Object.values(demoEmployers)) {
    await prisma.employer.upsert({
      where: { creditCode: employer.creditCode },
      create: employer,
      update: {},
    });
  }
  const institutionIds = new Map<string, string>();
  for (const institution of demoInstitutions) {
    const stored = await prisma.designatedInstitution.upsert({
      where: { code: institution.code },
      create: institution,
      update: {},
    });
    institutionIds.set(institution.code, stored.id);
  }
  const institutionId = (code: string): string => {
    const id = institutionIds.get(code);
    if (!id) throw new Error(`Demo institution ${code} is not in demo-institutions.ts.`);
    return id;
  };

  const passwordHash = await hashPassword(demoPassword);
  for (const { servicePointCode, institutionCode, ...staff } of demoStaff) {
    if (await prisma.staffUser.findUnique({ where: { username: staff.username } })) continue;
    const created = await prisma.staffUser.create({
      data: {
        ...staff,
        passwordHash,
        passwordChangedAt: options.now,
        mustChangePassword: false,
        demoAccount: true,
        totpSecretSealed: protector.seal(demoTotpSecret, "totp.secret"),
        totpEnrolledAt: options.now,
        servicePoint: { connect: { code: servicePointCode } },
        ...(institutionCode ? { institution: { connect: { code: institutionCode } } } : {}),
      },
    });
    await prisma.passwordHistory.create({
      data: { staffUserId: created.id, passwordHash, createdAt: options.now },
    });
  }

  for (const demoPerson of [...demoPeople, ...demoCounterPeople]) {
    const { residentId, name, sex, phone, birthDate } = demoPerson;
    const residentIdIndex = protector.residentIdIndex(residentId);
    if (await prisma.person.findUnique({ where: { residentIdIndex } })) continue;
    const history = demoPerson.contributions ? buildDemoHistory(demoPerson, options.now) : null;
    // One person per transaction: the person's rows appear together or not at all.
    await prisma.$transaction(async (tx) => {
      const person = await tx.person.create({
        data: {
          residentIdIndex,
          residentIdSealed: protector.seal(residentId, "person.resident-id"),
          name,
          sex,
          phoneSealed: phone ? protector.seal(phone, "person.phone") : null,
          birthDate: new Date(`${birthDate}T00:00:00Z`),
        },
      });
      if (demoPerson.online) {
        await tx.citizenCredential.create({
          data: { personId: person.id, passwordHash, passwordChangedAt: options.now },
        });
        // The reuse rule sees the demo password like any password that was set.
        await tx.passwordHistory.create({
          data: { personId: person.id, passwordHash, createdAt: options.now },
        });
      }
      if (!history) return;
      await tx.account.create({
        data: { personId: person.id, balanceFen: history.balanceFen, openedOn: history.openedOn },
      });
      await tx.contribution.createMany({
        data: history.contributions.map((row) => ({ personId: person.id, ...row })),
      });
      await tx.settlement.createMany({
        data: history.settlements.map(({ institutionCode, ...settlement }) => ({
          ...settlement,
          personId: person.id,
          institutionId: institutionId(institutionCode),
        })),
      });
      // In bulk, with the running balance computed as the posting function computes it; the
      // database's CHECKs hold the same invariants for the seed as for the services.
      await tx.ledgerEntry.createMany({
        data: history.ledgerEntries.map(({ institutionCode, ...entry }) => ({
          ...entry,
          personId: person.id,
          institutionId: institutionCode ? institutionId(institutionCode) : null,
        })),
      });
    });
  }
  await seedDemoApplications(database, options.now);
  await seedDemoParameters(prisma);
  await seedDemoServiceHistory(database, await loadCoveredCalendar(prisma), options.now);
  await seedDemoEmployerAgents(database, options.now);
  await seedDemoTax(database, options.now);
}

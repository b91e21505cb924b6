import { randomBytes } from "node:crypto";
import { checkNewPassword, staffRoleSchema, usernameSchema } from "@yibao/domain";
import { readDatabaseConfig } from "../src/config";
import { createDatabase } from "../src/create-database";
import { hashPassword } from "../src/password-hash";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function temporaryPassword(): string {
  for (;;) {
    const password = `${randomBytes(9).toString("base64url")}#7a`;
    if (checkNewPassword(password).length === 0) return password;
  }
}

/**
 * `staff:create -- --username sec.wang --name 王安 --role SECURITY_OFFICER --service-point CENTRE`
 * (on a new deployment add `--centre-name … --centre-address …` to create the county centre):
 * opens a staff account from the server's console, for the first administrator, security officer
 * and auditor of a new deployment (nobody exists yet to create them in the staff app). Prints a
 * temporary password once; the account must change it and enrol a second factor at first
 * sign-in. Recorded in the audit trail as done by the system.
 */
async function main(): Promise<void> {
  const username = usernameSchema.parse(option("username"));
  const displayName = option("name")?.trim();
  const role = staffRoleSchema.parse(option("role"));
  const servicePointCode = option("service-point") ?? "CENTRE";
  if (!displayName) throw new Error("Give the person's name with --name.");
  const database = await createDatabase(readDatabaseConfig(process.env));
  try {
    const centreName = option("centre-name");
    const centreAddress = option("centre-address");
    const servicePoint =
      (await database.prisma.servicePoint.findUnique({ where: { code: servicePointCode } })) ??
      (centreName && centreAddress
        ? await database.prisma.servicePoint.create({
            data: {
              code: servicePointCode,
              name: centreName,
              address: centreAddress,
              kind: "COUNTY_CENTRE",
            },
          })
        : null);
    if (!servicePoint) {
      throw new Error(
        `No service point has the code ${servicePointCode}. On a new deployment, create the county centre with it: --centre-name 云溪县医保中心 --centre-address "…".`,
      );
    }
    const password = temporaryPassword();
    const now = new Date();
    const passwordHash = await hashPassword(password);
    await database.prisma.$transaction(async (tx) => {
      const user = await tx.staffUser.create({
        data: {
          username,
          displayName,
          role,
          servicePointId: servicePoint.id,
          passwordHash,
          passwordChangedAt: now,
          mustChangePassword: true,
        },
      });
      await tx.auditEvent.create({
        data: {
          occurredAt: now,
          actorKind: "SYSTEM",
          action: "staff-user.created",
          result: "SUCCEEDED",
          detail: { staffUserId: user.id, role, servicePoint: servicePointCode, by: "console" },
        },
      });
    });
    console.log(`created ${username} (${role}); temporary password, shown once: ${password}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

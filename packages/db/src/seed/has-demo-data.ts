import type { PrismaClient } from "../generated/prisma/client";
import { demoStaff } from "./demo-county";
import { demoDataMarker } from "./seed-demo-data";

/**
 * Whether the database holds the demo county: a demo staff username (every demo login shares a
 * published password) or the marker the seed leaves in `deployment_marker`. The marker table is
 * looked up first, so that the check also runs on a database migrated before it existed.
 */
export async function hasDemoData(prisma: PrismaClient): Promise<boolean> {
  const demoUser = await prisma.staffUser.findFirst({
    where: { username: { in: demoStaff.map((staff) => staff.username) } },
    select: { id: true },
  });
  if (demoUser) return true;
  const [table] = await prisma.$queryRaw<Array<{ present: boolean }>>`
    SELECT to_regclass('deployment_marker') IS NOT NULL AS present`;
  if (!table?.present) return false;
  const [marker] = await prisma.$queryRaw<Array<{ marked: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM deployment_marker WHERE key = ${demoDataMarker}) AS marked`;
  return marker?.marked === true;
}

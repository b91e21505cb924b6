import { readFileSync } from "node:fs";
import type { PrismaClient } from "@yibao/db";

// USER_HZ: the unit of /proc/<pid>/stat's CPU times, 100 on every Linux Node runs on.
const ticksPerSecond = 100;

function cpuMsOf(pid: number): number | null {
  try {
    // The command name (field 2) is in parentheses and may hold spaces; count from after it.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/**
 * The CPU time spent so far by each PostgreSQL backend connected to this database, by pid, read
 * from /proc: the server runs on this machine (127.0.0.1), so what a step cost PostgreSQL itself
 * is the difference of two snapshots (a backend new since the first counts from zero).
 */
export async function backendCpu(prisma: PrismaClient): Promise<Map<number, number>> {
  const backends = await prisma.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  const cpu = new Map<number, number>();
  for (const { pid } of backends) {
    const ms = cpuMsOf(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/** The backends' CPU milliseconds between two snapshots. */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, spent] of after) ms += spent - (before.get(pid) ?? 0);
  return ms;
}

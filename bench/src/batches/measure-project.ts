import { callerWithSession, createTestJobPort, uploadAs } from "@yibao/api/testing";
import { type Database, demoEmployerAgents } from "@yibao/db";
import { letterOfIntroductionPdf } from "@yibao/db/testing";
import { backendCpu, backendCpuBetween } from "./backend-cpu";
import { measureStep } from "./measure-step";
import { createProtectorClock } from "./protector-clock";
import { createStatementClock, type StatementTime } from "./statement-clock";
import type { Tally } from "./tally";

export type ProjectStepName = "upload" | "check request" | "check" | "letter" | "submit";

export interface ProjectStep {
  name: ProjectStepName;
  ms: number;
  /** This process's CPU: Node's, and on PGlite the database's too. */
  cpuMs: number;
  /** PostgreSQL's backends' CPU, on PostgreSQL. */
  postgresCpuMs: number | null;
  startRss: number;
  peakRss: number;
  load: number[];
  database: StatementTime;
  protector: Tally[];
}

export interface ProjectRun {
  steps: ProjectStep[];
  /** What the run left in the database, counted afterwards. */
  written: Record<
    "rows" | "valid" | "applications" | "actions" | "employments" | "notices" | "texts" | "audit",
    number
  >;
}

/**
 * The project's own path for one sheet, as 杨帆 (the demo agent of 青山茶业, 91530125MA6K8Y2Q3B)
 * takes it: the sheet sent as POST /uploads keeps it (`receiveUpload`: SHA-256, sealed with
 * `sealBytes(…, "upload.bytes")`, audited), `employer.batches.check`, the check's job run as the
 * queue's worker runs it (`sentJobs`, in this process, on the same database), the letter of
 * introduction sent and attached, and `employer.batches.submit` — through the API's router
 * in-process, with a live session. Each step is timed, with its statements and its sealing.
 */
export async function measureProject(
  database: Database,
  bytes: Uint8Array,
  options: { fileName: string; now: Date; idempotencyKey: string },
): Promise<ProjectRun> {
  const statements = createStatementClock(database.prisma);
  const sealing = createProtectorClock(database.protector);
  const clocked = { prisma: statements.prisma, protector: sealing.protector };
  const { now } = options;
  const jobs = createTestJobPort(clocked);
  const agent = await callerWithSession(clocked, demoEmployerAgents.teaCompanyAgent, now, { jobs });
  const auditBefore = await database.prisma.auditEvent.count();
  statements.take();
  sealing.take();

  const steps: ProjectStep[] = [];
  const postgresCpu = () =>
    database.kind === "postgres" ? backendCpu(database.prisma) : Promise.resolve(null);
  async function step<T>(name: ProjectStepName, run: () => Promise<T>): Promise<T> {
    const cpuBefore = await postgresCpu();
    const measured = await measureStep(run);
    const cpuAfter = await postgresCpu();
    steps.push({
      name,
      ms: measured.ms,
      cpuMs: measured.cpuMs,
      postgresCpuMs: cpuBefore && cpuAfter ? backendCpuBetween(cpuBefore, cpuAfter) : null,
      startRss: measured.startRss,
      peakRss: measured.peakRss,
      load: measured.load,
      database: statements.take(),
      protector: sealing.take(),
    });
    process.stderr.write(`  ${name}: ${(measured.ms / 1000).toFixed(2)} s\n`);
    return measured.value;
  }

  const uploadId = await step("upload", () => uploadAs(agent.context, bytes, options.fileName));
  const { batchId } = await step("check request", () =>
    agent.caller.employer.batches.check({ uploadId }),
  );
  const [checked] = await step("check", () => jobs.runQueued(now));
  await step("letter", async () => {
    const letterId = await uploadAs(agent.context, letterOfIntroductionPdf(), "单位介绍信.pdf");
    await agent.caller.employer.batches.attachLetter({ batchId, uploadId: letterId });
  });
  const submitted = await step("submit", () =>
    agent.caller.employer.batches.submit({ batchId, idempotencyKey: options.idempotencyKey }),
  );

  const [counts] = await database.prisma.$queryRaw<Record<string, bigint>[]>`
    WITH a AS (
      SELECT a.id, a.person_id FROM card_application a
        JOIN employer_batch_row r ON r.id = a.batch_row_id
       WHERE r.batch_id = ${batchId}::uuid)
    SELECT (SELECT count(*) FROM a) AS applications,
           (SELECT count(*) FROM card_application_action x
             WHERE x.application_id IN (SELECT id FROM a)) AS actions,
           (SELECT count(*) FROM employment e WHERE e.person_id IN (SELECT person_id FROM a)) AS employments,
           (SELECT count(*) FROM citizen_notification n
             WHERE n.application_id IN (SELECT id FROM a)) AS notices,
           (SELECT count(*) FROM outbound_message m WHERE m.person_id IN (SELECT person_id FROM a)) AS texts`;
  const written = {
    rows: checked?.rows ?? 0,
    valid: checked?.valid ?? 0,
    applications: Number(counts?.applications ?? 0),
    actions: Number(counts?.actions ?? 0),
    employments: Number(counts?.employments ?? 0),
    notices: Number(counts?.notices ?? 0),
    texts: Number(counts?.texts ?? 0),
    audit: (await database.prisma.auditEvent.count()) - auditBefore,
  };
  if (submitted.applications !== written.rows || written.applications !== written.rows) {
    throw new Error(
      `The submit made ${submitted.applications} applications (${written.applications} found) of ${written.rows} rows.`,
    );
  }
  return { steps, written };
}

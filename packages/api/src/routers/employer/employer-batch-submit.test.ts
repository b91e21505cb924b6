import { demoEmployerAgents, demoPhotoJpeg, type PrismaClient } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { readTestFile } from "@yibao/spreadsheet/test-files";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeOf } from "../../access/scope";
import type { EmployerActor, ServiceContext } from "../../context";
import { submitEmployerBatch } from "../../services/employers/submit-employer-batch";
import { createOutboxMessageGateway } from "../../services/messages/outbox-message-gateway";
import { batchSheet, newResidentId, photoZip, uploadAs } from "../../testing/employer-batch-files";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Agent = Awaited<ReturnType<typeof callerWithSession>>;

const phone = "13700001111";
let nextPerson = 2_000;
/** Rows of people nobody in the county knows yet, a fresh set each time. */
const newcomers = (count: number) =>
  Array.from({ length: count }, (_, index) => [
    `员工${index}`,
    newResidentId(nextPerson++),
    phone,
    "",
  ]);

describe.each(testDatabaseKinds())("submitting an employer's batch on %s", (kind) => {
  let seeded: Seeded;
  let agent: Agent;
  let letterId: string;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    agent = await callerWithSession(seeded.database, demoEmployerAgents.teaCompanyAgent, testNow);
    letterId = await uploadAs(
      agent.context,
      readTestFile("employer-applications.pdf"),
      "介绍信.pdf",
    );
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** A batch of `rows` sent, checked and (unless told) given the letter of introduction. */
  async function checkedBatch(
    rows: Parameters<typeof batchSheet>[0],
    options: { photos?: Uint8Array; letter?: boolean } = {},
  ) {
    const uploadId = await uploadAs(agent.context, batchSheet(rows), "名单.xlsx");
    const photosUploadId = options.photos
      ? await uploadAs(agent.context, options.photos, "照片.zip")
      : undefined;
    const { batchId } = await agent.caller.employer.batches.check({ uploadId, photosUploadId });
    await agent.jobs.runQueued(testNow);
    if (options.letter !== false) {
      await agent.caller.employer.batches.attachLetter({ batchId, uploadId: letterId });
    }
    return batchId;
  }

  const counts = async (batchId: string) => {
    const { prisma } = seeded.database;
    const applications = await prisma.cardApplication.findMany({
      where: { batchRow: { batchId } },
      select: { id: true, personId: true },
    });
    const personIds = applications.map((application) => application.personId);
    return {
      applications: applications.length,
      actions: await prisma.cardApplicationAction.count({
        where: { applicationId: { in: applications.map((application) => application.id) } },
      }),
      inbox: await prisma.citizenNotification.count({ where: { personId: { in: personIds } } }),
      texts: await prisma.outboundMessage.count({ where: { personId: { in: personIds } } }),
    };
  };

  it("refuses to submit before the check is done, without a letter, or while a row is invalid", async () => {
    const uploadId = await uploadAs(agent.context, batchSheet(newcomers(1)), "a.xlsx");
    const { batchId: checking } = await agent.caller.employer.batches.check({ uploadId });
    const early = await refusalOf(
      agent.caller.employer.batches.submit({ batchId: checking, idempotencyKey: "early-submit-1" }),
    );
    expect(early.data).toMatchObject({ domainCode: "BATCH_NOT_READY", reason: "CHECKING" });
    await agent.jobs.runQueued(testNow);
    const noLetter = await refusalOf(
      agent.caller.employer.batches.submit({ batchId: checking, idempotencyKey: "early-submit-2" }),
    );
    expect(noLetter.data).toMatchObject({
      domainCode: "BATCH_NOT_READY",
      reason: "LETTER_MISSING",
    });

    const mixed = await checkedBatch([...newcomers(2), ["", "123", "", ""]]);
    const invalid = await refusalOf(
      agent.caller.employer.batches.submit({ batchId: mixed, idempotencyKey: "mixed-submit-1" }),
    );
    expect(invalid.data).toMatchObject({ domainCode: "BATCH_HAS_INVALID_ROWS", invalidRows: 1 });
    expect((await counts(mixed)).applications).toBe(0);
  });

  it("takes a letter of introduction by its bytes, and refuses a file that is no PDF or image", async () => {
    const batchId = await checkedBatch(newcomers(1), { letter: false });
    const scan = await uploadAs(agent.context, demoPhotoJpeg(), "介绍信.pdf");
    expect(
      await agent.caller.employer.batches.attachLetter({ batchId, uploadId: scan }),
    ).toMatchObject({
      letter: {
        fileName: "介绍信.pdf",
        type: "JPEG",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    const word = await uploadAs(agent.context, readTestFile("letter.docx"), "介绍信.pdf");
    const refused = await refusalOf(
      agent.caller.employer.batches.attachLetter({ batchId, uploadId: word }),
    );
    expect(refused.data).toMatchObject({ domainCode: "FILE_REJECTED", reason: "NOT_PDF_OR_IMAGE" });
    expect((await agent.caller.employer.batches.get({ batchId })).letter?.type).toBe("JPEG");
  });

  it("submits the valid rows only when asked: first-card applications at the county centre, the newcomers enrolled as the employer's employees", async () => {
    const [first, second] = newcomers(2);
    const batchId = await checkedBatch([first ?? [], ["", "123", "", ""], second ?? []], {
      photos: photoZip({ [`${first?.[1]}.jpg`]: demoPhotoJpeg() }),
    });
    const answer = await agent.caller.employer.batches.submit({
      batchId,
      validOnly: true,
      idempotencyKey: "valid-only-1",
    });
    expect(answer).toEqual({ batchId, applications: 2 });

    const { prisma, protector } = seeded.database;
    const centre = await prisma.servicePoint.findUniqueOrThrow({ where: { code: "CENTRE" } });
    const employer = await prisma.employer.findUniqueOrThrow({
      where: { creditCode: demoEmployerAgents.teaCompanyAgent.creditCode },
    });
    const applications = await prisma.cardApplication.findMany({
      where: { batchRow: { batchId } },
      include: {
        actions: true,
        photos: true,
        person: { include: { employments: true } },
        batchRow: true,
      },
      orderBy: { batchRow: { rowNumber: "asc" } },
    });
    expect(applications.map((application) => application.batchRow?.rowNumber)).toEqual([2, 4]);
    for (const application of applications) {
      expect(application).toMatchObject({
        kind: "FIRST_ISSUE",
        channel: "EMPLOYER",
        applicantKind: "SELF",
        status: "SUBMITTED",
        employerId: employer.id,
        servicePointId: centre.id,
      });
      expect(application.reference).toMatch(/^YX20261125\d{5,}$/);
      expect(application.actions).toMatchObject([
        { seq: 1, action: "SUBMIT", actorKind: "EMPLOYER", detail: { by: "EMPLOYER" } },
      ]);
      expect(application.person.employments).toMatchObject([
        { employerId: employer.id, fromMonth: "2026-11", toMonth: null },
      ]);
      expect(application.batchRow?.personId).toBe(application.personId);
    }
    expect(
      protector.open(applications[0]?.person.residentIdSealed ?? "", "person.resident-id"),
    ).toBe(first?.[1]);
    expect(applications[0]?.person).toMatchObject({ name: "员工0", sex: "F" });
    // The zip had a photo for the first; the second's application waits for one.
    expect(applications.map((application) => application.photos.length)).toEqual([1, 0]);
    expect(await counts(batchId)).toEqual({ applications: 2, actions: 2, inbox: 2, texts: 2 });
    const report = await agent.caller.employer.batches.get({ batchId });
    expect(report).toMatchObject({
      status: "SUBMITTED",
      submitted: { validOnly: true, applications: 2 },
      rows: { total: 3, valid: 2 },
    });
    const rows = await agent.caller.employer.batches.rows({ batchId });
    expect(rows.items[0]?.application).toMatchObject({
      status: "SUBMITTED",
      reference: applications[0]?.reference,
    });
    // One entry for the batch, naming it and how many applications it made.
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "employer-batch.submitted", detail: { path: ["batchId"], equals: batchId } },
    });
    expect(audit).toMatchObject({
      actorKind: "EMPLOYER",
      actorRole: "EMPLOYER_AGENT",
      detail: { applications: 2, validOnly: true },
    });
  });

  it("answers the same however often it is sent: the same key twice, another tab's key, all at once", async () => {
    const batchId = await checkedBatch(newcomers(3));
    const submits = await Promise.all(
      ["tab-one-key", "tab-one-key", "tab-two-key", "tab-three-key"].map((idempotencyKey) =>
        agent.caller.employer.batches.submit({ batchId, idempotencyKey }),
      ),
    );
    for (const answer of submits) expect(answer).toEqual({ batchId, applications: 3 });
    expect(
      await agent.caller.employer.batches.submit({ batchId, idempotencyKey: "tab-one-key" }),
    ).toEqual({
      batchId,
      applications: 3,
    });
    expect(await counts(batchId)).toEqual({ applications: 3, actions: 3, inbox: 3, texts: 3 });
    expect(
      await seeded.database.prisma.auditEvent.count({
        where: {
          action: "employer-batch.submitted",
          detail: { path: ["batchId"], equals: batchId },
        },
      }),
    ).toBe(1);
  });

  it("gives the same answer when the first one was lost after its commit", async () => {
    const batchId = await checkedBatch(newcomers(2));
    const { prisma, protector } = seeded.database;
    const agentRow = await prisma.employerAgent.findFirstOrThrow({
      where: {
        residentIdIndex: protector.residentIdIndex(demoEmployerAgents.teaCompanyAgent.residentId),
      },
    });
    // The database commits; the process dies before it answers.
    const crashing = new Proxy(prisma, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver);
        return async (...args: Parameters<PrismaClient["$transaction"]>) => {
          await (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
          throw new Error("the connection was lost before the answer");
        };
      },
    });
    const actor: EmployerActor = {
      kind: "EMPLOYER",
      sessionId: "crashing",
      employerAgentId: agentRow.id,
      employerId: agentRow.employerId,
      role: "EMPLOYER_AGENT",
      stage: "FULL",
      idleExpiresAt: new Date(testNow.getTime() + 60_000),
    };
    const ctx: ServiceContext<EmployerActor> = {
      prisma: crashing,
      protector,
      messages: createOutboxMessageGateway(protector),
      now: testNow,
      actor,
      scope: scopeOf(actor),
      clientAddress: "127.0.0.1",
      production: false,
    };
    await expect(
      submitEmployerBatch(ctx, { batchId, idempotencyKey: "lost-answer-1" }),
    ).rejects.toThrow("the connection was lost");
    expect(
      await agent.caller.employer.batches.submit({ batchId, idempotencyKey: "lost-answer-1" }),
    ).toEqual({
      batchId,
      applications: 2,
    });
    expect(await counts(batchId)).toEqual({ applications: 2, actions: 2, inbox: 2, texts: 2 });
  });

  it("writes nothing at all when it fails part-way, and submits whole on the next try", async () => {
    const rows = newcomers(3);
    const batchId = await checkedBatch(rows, {
      photos: photoZip({ [`${rows[2]?.[1]}.jpg`]: demoPhotoJpeg() }),
    });
    const { prisma, protector } = seeded.database;
    const before = {
      people: await prisma.person.count(),
      employments: await prisma.employment.count(),
      applications: await prisma.cardApplication.count(),
      audit: await prisma.auditEvent.count(),
      texts: await prisma.outboundMessage.count(),
    };
    // The photos are written after the people, their employment, the applications and their actions.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_photo() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the disk is full'; END $$`);
    await prisma.$executeRawUnsafe(
      "CREATE TRIGGER refuse_photo BEFORE INSERT ON card_photo FOR EACH ROW EXECUTE FUNCTION refuse_photo()",
    );
    try {
      const failed = await refusalOf(
        agent.caller.employer.batches.submit({ batchId, idempotencyKey: "half-way-1" }),
      );
      expect(failed.data.domainCode).toBe("INTERNAL");
    } finally {
      await prisma.$executeRawUnsafe("DROP TRIGGER refuse_photo ON card_photo");
      await prisma.$executeRawUnsafe("DROP FUNCTION refuse_photo()");
    }
    expect({
      people: await prisma.person.count(),
      employments: await prisma.employment.count(),
      applications: await prisma.cardApplication.count(),
      audit: await prisma.auditEvent.count(),
      texts: await prisma.outboundMessage.count(),
    }).toEqual(before);
    expect(
      await prisma.person.count({
        where: { residentIdIndex: protector.residentIdIndex(rows[0]?.[1] ?? "") },
      }),
    ).toBe(0);
    expect((await agent.caller.employer.batches.get({ batchId })).status).toBe("CHECKED");

    expect(
      await agent.caller.employer.batches.submit({ batchId, idempotencyKey: "half-way-2" }),
    ).toEqual({
      batchId,
      applications: 3,
    });
  });

  it("reports the same file sent again as already applied, row by row", async () => {
    const rows = newcomers(2);
    const first = await checkedBatch(rows);
    await agent.caller.employer.batches.submit({ batchId: first, idempotencyKey: "again-first" });
    const again = await checkedBatch(rows);
    const report = await agent.caller.employer.batches.get({ batchId: again });
    expect(report.rows?.valid).toBe(0);
    expect(report.rows?.invalid.map(({ row, errors }) => ({ row, errors }))).toEqual([
      { row: 2, errors: [{ column: "RESIDENT_ID", reason: "ALREADY_APPLIED" }] },
      { row: 3, errors: [{ column: "RESIDENT_ID", reason: "ALREADY_APPLIED" }] },
    ]);
    const refused = await refusalOf(
      agent.caller.employer.batches.submit({
        batchId: again,
        validOnly: true,
        idempotencyKey: "again-second",
      }),
    );
    expect(refused.data).toMatchObject({ domainCode: "BATCH_NOT_READY", reason: "NO_VALID_ROWS" });
  });

  it("finds a person who applied elsewhere since the check, and says so before submitting anything", async () => {
    const rows = newcomers(2);
    const batchId = await checkedBatch(rows);
    // The same person, in another batch submitted first.
    const other = await checkedBatch([rows[1] ?? []]);
    await agent.caller.employer.batches.submit({
      batchId: other,
      idempotencyKey: "elsewhere-first",
    });
    const refused = await refusalOf(
      agent.caller.employer.batches.submit({ batchId, idempotencyKey: "elsewhere-second" }),
    );
    expect(refused.data).toMatchObject({ domainCode: "BATCH_HAS_INVALID_ROWS", invalidRows: 1 });
    const report = await agent.caller.employer.batches.get({ batchId });
    expect(report.rows?.invalid).toMatchObject([
      { row: 3, errors: [{ column: "RESIDENT_ID", reason: "ALREADY_APPLIED" }] },
    ]);
    expect(
      await agent.caller.employer.batches.submit({
        batchId,
        validOnly: true,
        idempotencyKey: "elsewhere-third",
      }),
    ).toEqual({ batchId, applications: 1 });
  });

  it("refuses a key already used for another batch", async () => {
    const first = await checkedBatch(newcomers(1));
    const second = await checkedBatch(newcomers(1));
    await agent.caller.employer.batches.submit({
      batchId: first,
      idempotencyKey: "one-key-per-submit",
    });
    const refused = await refusalOf(
      agent.caller.employer.batches.submit({
        batchId: second,
        idempotencyKey: "one-key-per-submit",
      }),
    );
    expect(refused.data).toMatchObject({
      domainCode: "VALIDATION_FAILED",
      issues: [{ path: ["idempotencyKey"], code: "USED_FOR_ANOTHER_BATCH" }],
    });
  });
});

import {
  ActorKind,
  BatchStatus,
  demoAccounts,
  demoEmployerAgents,
  demoPhotoJpeg,
  SessionKind,
} from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { actorKinds, auditActorKinds, batchStatuses } from "@yibao/domain";
import { buildXlsx, patchZipEntry, readTestFile, worksheet } from "@yibao/spreadsheet/test-files";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  batchSheet,
  jpegOf,
  newResidentId,
  numberCell,
  photoZip,
  uploadAs,
} from "../../testing/employer-batch-files";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Agent = Awaited<ReturnType<typeof callerWithSession>>;

const phone = "13700001111";

describe("the Prisma enums of employers' batches and actors", () => {
  it("list the same values as the domain", () => {
    expect(Object.values(BatchStatus)).toEqual([...batchStatuses]);
    expect(Object.values(ActorKind)).toEqual([...auditActorKinds]);
    expect(Object.values(SessionKind)).toEqual([...actorKinds]);
  });
});

describe.each(testDatabaseKinds())("checking an employer's batch on %s", (kind) => {
  let seeded: Seeded;
  let agent: Agent;
  let otherAgent: Agent;
  /** People the county knows: one free to apply, one holding a card, one with an open application. */
  let known: { free: string; withCard: string; withApplication: string };

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    agent = await callerWithSession(seeded.database, demoEmployerAgents.teaCompanyAgent, testNow);
    otherAgent = await callerWithSession(
      seeded.database,
      demoEmployerAgents.logisticsCompanyAgent,
      testNow,
    );
    const { prisma, protector } = seeded.database;
    const idOf = async (where: object) => {
      const person = await prisma.person.findFirstOrThrow({
        where,
        select: { residentIdSealed: true },
      });
      return protector.open(person.residentIdSealed, "person.resident-id");
    };
    known = {
      free: await idOf({ cards: { none: {} }, cardApplications: { none: {} } }),
      withCard: await idOf({
        cards: { some: { status: "ACTIVE" } },
        cardApplications: { none: { status: { notIn: ["COLLECTED", "REFUSED", "WITHDRAWN"] } } },
      }),
      withApplication: await idOf({ cardApplications: { some: { status: "SUBMITTED" } } }),
    };
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** Sends `sheet` (and a photo zip) as the agent, asks for its check, runs it, answers the report. */
  async function checked(
    sheet: Uint8Array,
    options: { name?: string; photos?: Uint8Array; as?: Agent } = {},
  ) {
    const who = options.as ?? agent;
    const uploadId = await uploadAs(who.context, sheet, options.name ?? "员工名单.xlsx");
    const photosUploadId = options.photos
      ? await uploadAs(who.context, options.photos, "照片.zip")
      : undefined;
    const { batchId } = await who.caller.employer.batches.check({ uploadId, photosUploadId });
    const waiting = await who.caller.employer.batches.get({ batchId });
    expect(waiting).toMatchObject({ status: "CHECKING", rows: null, fileError: null });
    await who.jobs.runQueued(testNow);
    return who.caller.employer.batches.get({ batchId });
  }

  it("reports every row's problems at once, row numbers as the sheet numbers them, and takes a person the county does not know", async () => {
    const unknown = newResidentId(1);
    const report = await checked(
      batchSheet(
        [
          ["杨梅", unknown, phone, "城关街道"],
          ["", "", "", ""].map((cell, index) => (index === 2 ? "139 8812 0417" : cell)),
          ["王磊", { xml: (ref) => numberCell(ref, "530125200303030000") }, phone, ""],
          [
            "李娜",
            `${newResidentId(2).slice(0, 17)}${newResidentId(2).endsWith("1") ? "2" : "1"}`,
            phone,
            "",
          ],
          ["赵强", "530125200302300013", phone, ""],
          ["杨梅", unknown.toLowerCase(), "13600002222", ""],
          ["钱芳", newResidentId(3), "0871-6512345", ""],
          ["孙丽", known.withCard, phone, ""],
          ["周杰", known.withApplication, phone, ""],
          ["吴敏", newResidentId(4), phone, "昆明市医保中心"],
          null,
          ["郑华", known.free, "+86 136 0000 3333", "县医保中心"],
        ],
        ["姓名", "身份证号码", "手机号码", "服务点", "部门"],
      ),
    );
    expect(report).toMatchObject({
      status: "CHECKED",
      fileName: "员工名单.xlsx",
      progress: { done: 11, total: 11 },
      fileError: null,
      submitted: null,
    });
    expect(report.rows?.total).toBe(11);
    expect(report.rows?.valid).toBe(3);
    expect(report.rows?.invalid.map(({ row, errors }) => ({ row, errors }))).toEqual([
      {
        row: 3,
        errors: [
          { column: "NAME", reason: "REQUIRED" },
          { column: "RESIDENT_ID", reason: "REQUIRED" },
        ],
      },
      { row: 4, errors: [{ column: "RESIDENT_ID", reason: "STORED_AS_NUMBER" }] },
      { row: 5, errors: [{ column: "RESIDENT_ID", reason: "CHECK_CHARACTER_MISMATCH" }] },
      { row: 6, errors: [{ column: "RESIDENT_ID", reason: "INVALID_BIRTH_DATE" }] },
      { row: 7, errors: [{ column: "RESIDENT_ID", reason: "DUPLICATE_IN_FILE" }] },
      { row: 8, errors: [{ column: "PHONE", reason: "PHONE_FORMAT" }] },
      { row: 9, errors: [{ column: "RESIDENT_ID", reason: "CARD_ALREADY_ISSUED" }] },
      { row: 10, errors: [{ column: "RESIDENT_ID", reason: "APPLICATION_ALREADY_OPEN" }] },
    ]);
    // The error file's cells, as the file had them (the ID stored as a number, as it reads).
    expect(report.rows?.invalid[1]?.cells).toEqual({
      name: "王磊",
      residentId: "530125200303030000",
      phone,
      servicePoint: "",
    });
    expect(report.rows?.warnings).toEqual([
      { row: 11, warnings: [{ column: "SERVICE_POINT", reason: "UNKNOWN_SERVICE_POINT" }] },
    ]);
    const rows = await agent.caller.employer.batches.rows({ batchId: report.batchId, limit: 2 });
    expect(rows.items).toEqual([
      expect.objectContaining({ row: 2, name: "杨梅", valid: true, application: null }),
      expect.objectContaining({ row: 3, valid: false }),
    ]);
    expect(rows.items[0]?.maskedResidentId).toBe(
      `${unknown.slice(0, 6)}********${unknown.slice(14)}`,
    );
    expect(rows.nextCursor).toBe(3);
  });

  it.each([
    ["a formula", () => readTestFile("formula.hand.xlsx"), "FORMULA_PRESENT"],
    ["an Excel 97–2003 file", () => readTestFile("employer-applications.xls"), "OLD_XLS"],
    [
      "a password-protected workbook",
      () => readTestFile("employer-applications.encrypted.xlsx"),
      "ENCRYPTED",
    ],
    ["a PDF named .xlsx", () => readTestFile("employer-applications.pdf"), "NOT_A_SPREADSHEET"],
    ["a photo named .xlsx", () => readTestFile("photo.png"), "NOT_A_SPREADSHEET"],
    ["a Word document", () => readTestFile("letter.docx"), "NOT_A_SPREADSHEET"],
    ["an empty sheet", () => readTestFile("empty-sheet.hand.xlsx"), "EMPTY_SHEET"],
    ["the bare template", () => batchSheet([]), "EMPTY_SHEET"],
    [
      "a compression bomb",
      () =>
        zipSync(
          {
            "[Content_Types].xml": new Uint8Array(10),
            "xl/workbook.xml": new Uint8Array(10),
            "xl/worksheets/sheet1.xml": new Uint8Array(16 * 1024 * 1024),
          },
          { level: 9 },
        ),
      "COMPRESSION_BOMB",
    ],
    [
      "a sheet whose declared size lies",
      () =>
        patchZipEntry(
          buildXlsx({
            sheets: [
              {
                name: "Sheet1",
                xml: worksheet(`<sheetData>${"<row/>".repeat(400_000)}</sheetData>`),
              },
            ],
          }),
          "xl/worksheets/sheet1.xml",
          { declaredSize: 2048 },
        ),
      "COMPRESSION_BOMB",
    ],
  ])("refuses %s as a whole file, with its code", async (_, file, code) => {
    const report = await checked(file());
    expect(report).toMatchObject({ status: "FILE_REFUSED", fileError: { code }, rows: null });
  });

  it("refuses a sheet without the template's columns, naming the ones it must have", async () => {
    const report = await checked(batchSheet([["杨梅", newResidentId(5)]], ["姓名", "身份证号"]));
    expect(report).toMatchObject({
      status: "FILE_REFUSED",
      fileError: {
        code: "WRONG_COLUMNS",
        expectedColumns: ["姓名", "身份证号码", "手机号码"],
        optionalColumns: ["服务点"],
      },
    });
  });

  it.each([
    ["LibreOffice, IDs as text", "employer-applications.libreoffice.xlsx", []],
    [
      "a UTF-8 CSV with a byte-order mark (Excel's CSV UTF-8)",
      "employer-applications.utf8-bom.csv",
      [],
    ],
    [
      "write-excel-file, with the template's instructions row",
      "employer-applications.write-excel-file.xlsx",
      null,
    ],
    ["Gnumeric, IDs stored as numbers", "employer-applications.gnumeric.xlsx", "STORED_AS_NUMBER"],
    [
      "LibreOffice's default, IDs turned into numbers",
      "employer-applications.libreoffice-default.xlsx",
      "STORED_AS_NUMBER",
    ],
  ])("reads a file from %s", async (_, name, expected) => {
    const report = await checked(readTestFile(name), { name });
    expect(report.status).toBe("CHECKED");
    const reasons = report.rows?.invalid.flatMap((row) => row.errors.map((error) => error.reason));
    if (expected === null) {
      // The instructions row is skipped; the ID given as a number is refused.
      expect(report.rows?.invalid.map((row) => row.row)).not.toContain(2);
      expect(reasons).toContain("STORED_AS_NUMBER");
    } else if (typeof expected === "string") {
      expect(report.rows?.total).toBe(4);
      expect(new Set(reasons)).toEqual(new Set([expected]));
    } else {
      expect(report.rows).toMatchObject({ total: 4, valid: 4, invalid: [], warnings: [] });
    }
  });

  it("checks each photo of the zip like a card photo, and lets a row without one through", async () => {
    const [withPhoto, wrongSize, tooBig, withoutPhoto] = [6, 7, 8, 9].map(newResidentId);
    const report = await checked(
      batchSheet([
        ["甲", withPhoto ?? "", phone, ""],
        ["乙", wrongSize ?? "", phone, ""],
        ["丙", tooBig ?? "", phone, ""],
        ["丁", withoutPhoto ?? "", phone, ""],
      ]),
      {
        photos: photoZip({
          [`照片/${withPhoto}.jpg`]: demoPhotoJpeg(),
          [`${wrongSize}.JPG`]: jpegOf(300, 400),
          [`${tooBig}.jpg`]: jpegOf(358, 441, 80_000),
          "__MACOSX/._x.jpg": new Uint8Array(10),
        }),
      },
    );
    expect(report.rows?.withPhoto).toBe(1);
    expect(report.rows?.invalid.map(({ row, errors }) => ({ row, errors }))).toEqual([
      { row: 3, errors: [{ column: "PHOTO", reason: "WRONG_DIMENSIONS" }] },
      { row: 4, errors: [{ column: "PHOTO", reason: "TOO_LARGE_FILE" }] },
    ]);
  });

  it("refuses a photo zip that is no zip, or a bomb", async () => {
    const sheet = batchSheet([["甲", newResidentId(10), phone, ""]]);
    expect(
      await checked(sheet, { photos: readTestFile("employer-applications.pdf") }),
    ).toMatchObject({
      status: "FILE_REFUSED",
      fileError: { code: "PHOTO_ARCHIVE_UNREADABLE" },
    });
    const bomb = zipSync(
      { [`${newResidentId(10)}.jpg`]: new Uint8Array(32 * 1024 * 1024) },
      { level: 9 },
    );
    expect(await checked(sheet, { photos: bomb })).toMatchObject({
      status: "FILE_REFUSED",
      fileError: { code: "PHOTO_ARCHIVE_TOO_LARGE" },
    });
  });

  it("writes the progress as it goes, where any server process reads it", async () => {
    const { prisma } = seeded.database;
    await prisma.$executeRawUnsafe("CREATE TABLE progress_seen (done int)");
    await prisma.$executeRawUnsafe(`CREATE FUNCTION note_progress() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO progress_seen VALUES (NEW.progress_done); RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(
      "CREATE TRIGGER progress_seen AFTER UPDATE OF progress_done ON employer_batch FOR EACH ROW EXECUTE FUNCTION note_progress()",
    );
    try {
      const rows = Array.from({ length: 1_200 }, (_, index) => [
        `员工${index}`,
        newResidentId(100 + index),
        phone,
        "",
      ]);
      const report = await checked(batchSheet(rows));
      expect(report).toMatchObject({ status: "CHECKED", progress: { done: 1_200, total: 1_200 } });
      expect(report.rows).toMatchObject({ total: 1_200, valid: 1_200 });
      const seen = await prisma.$queryRawUnsafe<{ done: number }[]>(
        "SELECT done FROM progress_seen",
      );
      expect(seen.map((row) => row.done)).toEqual([500, 1_000, 1_200, 1_200]);
    } finally {
      await prisma.$executeRawUnsafe("DROP TRIGGER progress_seen ON employer_batch");
      await prisma.$executeRawUnsafe("DROP FUNCTION note_progress()");
      await prisma.$executeRawUnsafe("DROP TABLE progress_seen");
    }
  });

  it("makes one batch of one file asked twice, and checks it once however often the job runs", async () => {
    const uploadId = await uploadAs(
      agent.context,
      batchSheet([["甲", newResidentId(11), phone, ""]]),
      "a.xlsx",
    );
    const first = await agent.caller.employer.batches.check({ uploadId });
    const again = await agent.caller.employer.batches.check({ uploadId });
    expect(again.batchId).toBe(first.batchId);
    // Both sends reach the queue; the second run finds the batch checked and leaves it.
    expect(agent.jobs.queued).toHaveLength(2);
    expect(await agent.jobs.runQueued(testNow)).toEqual([
      { rows: 1, valid: 1 },
      { rows: 0, valid: 0 },
    ]);
    expect(
      await seeded.database.prisma.employerBatchRow.count({ where: { batchId: first.batchId } }),
    ).toBe(1);
  });

  it("never shows an agent another employer's batch or file, nor a file staff sent", async () => {
    const report = await checked(batchSheet([["甲", newResidentId(12), phone, ""]]));
    const onIt = { batchId: report.batchId };
    for (const call of [
      () => otherAgent.caller.employer.batches.get(onIt),
      () => otherAgent.caller.employer.batches.rows(onIt),
      () =>
        otherAgent.caller.employer.batches.submit({ ...onIt, idempotencyKey: "someone-else-1" }),
    ]) {
      expect((await refusalOf(call())).data.domainCode).toBe("NOT_FOUND");
    }
    const theirs = await uploadAs(
      otherAgent.context,
      batchSheet([["乙", newResidentId(13), phone, ""]]),
      "b.xlsx",
    );
    expect(
      (await refusalOf(agent.caller.employer.batches.check({ uploadId: theirs }))).data.domainCode,
    ).toBe("NOT_FOUND");
    expect(
      (await refusalOf(agent.caller.employer.batches.attachLetter({ ...onIt, uploadId: theirs })))
        .data.domainCode,
    ).toBe("NOT_FOUND");
    const clerk = await callerWithSession(
      seeded.database,
      { username: demoAccounts.countyCentreClerk.username },
      testNow,
    );
    const staffFile = await uploadAs(
      clerk.context,
      batchSheet([["丙", newResidentId(14), phone, ""]]),
      "c.xlsx",
    );
    expect(
      (await refusalOf(agent.caller.employer.batches.check({ uploadId: staffFile }))).data
        .domainCode,
    ).toBe("NOT_FOUND");
    const list = await otherAgent.caller.employer.batches.list({ limit: 100 });
    expect(list.items.map((item) => item.batchId)).not.toContain(report.batchId);
    expect(
      (await agent.caller.employer.batches.list({ limit: 100 })).items.map((item) => item.batchId),
    ).toContain(report.batchId);
  });
});

import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../password-hash";
import { demoAccounts, demoPassword } from "../seed/demo-accounts";
import { seedDemoData } from "../seed/seed-demo-data";
import { testDatabaseKinds } from "../testing/config";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database";
import { createDataProtector, type DataProtector, type SealPurpose } from "./data-protector";
import { readProtectionConfig } from "./protection-config";
import { rotateKeys } from "./rotate-keys";

const newKey = () => randomBytes(32).toString("base64");

function protectorWith(dataKeys: string, indexKey: string): DataProtector {
  return createDataProtector(
    readProtectionConfig(
      { YIBAO_DATA_KEYS: dataKeys, YIBAO_INDEX_KEY: indexKey },
      { production: true },
    ),
  );
}

/** What each sealed column holds, by `<table>.<column>`: every `*_sealed` column of the schema. */
const purposeOf: Record<string, { key: string; purpose: SealPurpose }> = {
  "person.resident_id_sealed": { key: "id", purpose: "person.resident-id" },
  "person.phone_sealed": { key: "id", purpose: "person.phone" },
  "outbound_message.phone_sealed": { key: "id", purpose: "message.phone" },
  "outbound_message.params_sealed": { key: "id", purpose: "message.params" },
  "card_application.phone_sealed": { key: "id", purpose: "application.phone" },
  "card_application.applicant_sealed": { key: "id", purpose: "application.applicant" },
  "card_application_action.detail_sealed": { key: "id", purpose: "application.action" },
  "staff_user.totp_secret_sealed": { key: "id", purpose: "totp.secret" },
  "staff_user.totp_pending_sealed": { key: "id", purpose: "totp.secret" },
  "citizen_credential.totp_secret_sealed": { key: "person_id", purpose: "totp.secret" },
  "citizen_credential.totp_pending_sealed": { key: "person_id", purpose: "totp.secret" },
  "employer_agent.resident_id_sealed": { key: "id", purpose: "agent.resident-id" },
  "employer_agent.phone_sealed": { key: "id", purpose: "agent.phone" },
  "employer_agent.totp_secret_sealed": { key: "id", purpose: "totp.secret" },
  "employer_agent.totp_pending_sealed": { key: "id", purpose: "totp.secret" },
  "employer_batch_row.resident_id_sealed": { key: "id", purpose: "batch-row.resident-id" },
  "employer_batch_row.phone_sealed": { key: "id", purpose: "batch-row.phone" },
};

describe.each(testDatabaseKinds())("rotateKeys() on %s", (kind) => {
  const k1 = newKey();
  const k2 = newKey();
  const indexKey = newKey();
  const withK1 = protectorWith(`k1:${k1}`, indexKey);
  const rotating = protectorWith(`k2:${k2},k1:${k1}`, indexKey);
  const onlyK2 = protectorWith(`k2:${k2}`, indexKey);

  let test: TestDatabase;
  /** Every sealed value as `<column>/<row key>` → its sealed text. */
  let sealedBefore: Map<string, string>;
  let indexesBefore: string[];
  /** Every upload's sealed bytes, by id. */
  let uploadsBefore: Map<string, Buffer>;
  const batches: Array<{ column: string; count: number }> = [];
  let rotated: Record<string, number>;

  const readSealed = async () => {
    const values = new Map<string, string>();
    for (const [name, { key }] of Object.entries(purposeOf)) {
      const [table, column] = name.split(".");
      const rows = await test.database.prisma.$queryRawUnsafe<{ id: string; sealed: string }[]>(
        `SELECT ${key}::text AS id, ${column} AS sealed FROM ${table} WHERE ${column} IS NOT NULL`,
      );
      for (const row of rows) values.set(`${name}/${row.id}`, row.sealed);
    }
    return values;
  };
  const open = (entry: string, sealed: string, protector: DataProtector) => {
    const column = entry.split("/")[0] ?? "";
    return protector.open(sealed, purposeOf[column]?.purpose ?? "person.phone");
  };

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const { prisma } = test.database;
    const database = { prisma, protector: withK1 };
    await seedDemoData(database, { now: new Date("2026-11-25T02:00:00.000Z") });
    // Fill the columns the seed leaves empty: texts in the outbox, a card application made by an
    // agent, a citizen's authenticator and a staff member's pending one, so that every sealed
    // column takes part, most in 2+ batches.
    for (const [phone, code] of [
      ["13988120417", "123456"],
      ["15087341296", "654321"],
      ["13608870562", "111222"],
    ] as const) {
      await prisma.outboundMessage.create({
        data: {
          phoneSealed: withK1.seal(phone, "message.phone"),
          templateId: "VERIFICATION_CODE",
          paramsSealed: withK1.seal(JSON.stringify({ code, minutes: "5" }), "message.params"),
          createdAt: new Date(),
        },
      });
    }
    const wangJianguo = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: withK1.residentIdIndex(demoAccounts.sealedInsured.residentId) },
    });
    const servicePoint = await prisma.servicePoint.findUniqueOrThrow({
      where: { code: "SP-CHENGGUAN" },
    });
    const agentCase = await prisma.cardApplication.create({
      data: {
        personId: wangJianguo.id,
        reference: "SL-TEST-0001",
        kind: "REPLACEMENT",
        channel: "SERVICE_POINT",
        applicantKind: "AGENT",
        applicantSealed: withK1.seal(
          JSON.stringify({ name: "王小军", residentId: "530125199001010012" }),
          "application.applicant",
        ),
        servicePointId: servicePoint.id,
        phoneSealed: withK1.seal("13700000001", "application.phone"),
        status: "SUBMITTED",
        submittedAt: new Date("2026-11-25T02:00:00.000Z"),
        clockStartedOn: new Date("2026-11-25"),
        dueDate: new Date("2026-11-30"),
        dueDateProvisional: false,
      },
    });
    // An agent who collected: the name and number sealed beside the action's facts.
    await prisma.cardApplicationAction.create({
      data: {
        applicationId: agentCase.id,
        personId: wangJianguo.id,
        seq: 1,
        action: "HAND_OVER",
        at: new Date("2026-11-26T02:00:00.000Z"),
        actorKind: "STAFF",
        detail: { by: "STAFF", collector: { kind: "AGENT" } },
        detailSealed: withK1.seal(
          JSON.stringify({ collector: { kind: "AGENT", name: "王小军" } }),
          "application.action",
        ),
      },
    });
    const liXiulan = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: withK1.residentIdIndex(demoAccounts.activeInsured.residentId) },
    });
    await prisma.citizenCredential.update({
      where: { personId: liXiulan.id },
      data: {
        totpSecretSealed: withK1.seal("JBSWY3DPEHPK3PXPJBSWY3DP", "totp.secret"),
        totpPendingSealed: withK1.seal("KRSXG5CTMVRXEZLU", "totp.secret"),
      },
    });
    await prisma.staffUser.update({
      where: { username: demoAccounts.auditor.username },
      data: { totpPendingSealed: withK1.seal("MFRGGZDFMZTWQ2LK", "totp.secret") },
    });

    // An employer's agent with an authenticator (not one the demo has), and a batch row with its
    // person's facts.
    const employer = await prisma.employer.findUniqueOrThrow({
      where: { creditCode: "91530125MA6K8Y2Q3B" },
    });
    const agent = await prisma.employerAgent.create({
      data: {
        employerId: employer.id,
        residentIdIndex: withK1.residentIdIndex("530125198811200042"),
        residentIdSealed: withK1.seal("530125198811200042", "agent.resident-id"),
        name: "周平",
        phoneSealed: withK1.seal("13900000002", "agent.phone"),
        passwordHash: "x",
        passwordChangedAt: new Date(),
        totpSecretSealed: withK1.seal("JBSWY3DPEHPK3PXPJBSWY3DP", "totp.secret"),
        totpPendingSealed: withK1.seal("KRSXG5CTMVRXEZLU", "totp.secret"),
        authorisedFrom: new Date("2026-01-01"),
        authorisedUntil: new Date("2026-12-31"),
      },
    });
    const file = Buffer.from("姓名,身份证号码,手机号码\n");
    const upload = await prisma.upload.create({
      data: {
        sha256: "0".repeat(64),
        byteCount: file.length,
        bytes: withK1.sealBytes(file, "upload.bytes"),
        fileName: "batch.csv",
        uploadedAt: new Date(),
        uploadedByKind: "EMPLOYER",
        uploadedById: agent.id,
        employerId: employer.id,
      },
    });
    // A file kept before files were sealed: as it was sent.
    const keptPlain = Buffer.from(
      "姓名,身份证号码,手机号码\n李四,530125199001010012,13700000003\n",
    );
    await prisma.upload.create({
      data: {
        sha256: "1".repeat(64),
        byteCount: keptPlain.length,
        bytes: keptPlain,
        fileName: "kept-as-sent.csv",
        uploadedAt: new Date(),
        uploadedByKind: "EMPLOYER",
        uploadedById: agent.id,
        employerId: employer.id,
      },
    });
    const batch = await prisma.employerBatch.create({
      data: {
        employerId: employer.id,
        agentId: agent.id,
        uploadId: upload.id,
        sha256: "0".repeat(64),
        status: "CHECKED",
        createdAt: new Date(),
      },
    });
    for (const [rowNumber, residentId] of [
      [2, "530125199001010012"],
      [3, "530125198811200042"],
    ] as const) {
      await prisma.employerBatchRow.create({
        data: {
          batchId: batch.id,
          rowNumber,
          name: "员工",
          residentIdIndex: withK1.residentIdIndex(residentId),
          residentIdSealed: withK1.seal(residentId, "batch-row.resident-id"),
          phoneSealed: withK1.seal("13700000003", "batch-row.phone"),
          errors: [],
        },
      });
    }

    sealedBefore = await readSealed();
    uploadsBefore = new Map(
      (await prisma.upload.findMany()).map((upload) => [upload.id, Buffer.from(upload.bytes)]),
    );
    indexesBefore = (await prisma.person.findMany({ orderBy: { id: "asc" } })).map(
      (person) => person.residentIdIndex,
    );
    rotated = await rotateKeys(
      { prisma, protector: rotating },
      { batchSize: 2, onBatch: (column, count) => batches.push({ column, count }) },
    );
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("knows every sealed column of the schema", async () => {
    const columns = await test.database.prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name || '.' || column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name LIKE '%\\_sealed'`;
    expect(columns.map(({ name }) => name).sort()).toEqual(Object.keys(purposeOf).sort());
    // Each one holds values sealed with k1 before the rotation.
    for (const column of Object.keys(purposeOf)) {
      const entries = [...sealedBefore].filter(([entry]) => entry.startsWith(`${column}/`));
      expect(entries.length, column).toBeGreaterThan(0);
      for (const [, sealed] of entries) expect(sealed.startsWith("v1.k1."), column).toBe(true);
    }
  });

  it("re-seals every value with k2, in batches of 2, and says how many per column", async () => {
    const after = await readSealed();
    expect([...after.keys()].sort()).toEqual([...sealedBefore.keys()].sort());
    for (const [entry, sealed] of after) expect(sealed.startsWith("v1.k2."), entry).toBe(true);

    for (const column of Object.keys(purposeOf)) {
      const count = [...sealedBefore.keys()].filter((entry) => entry.startsWith(`${column}/`));
      expect(rotated[column], column).toBe(count.length);
    }
    const residentIdBatches = batches.filter(
      ({ column }) => column === "person.resident_id_sealed",
    );
    const people = [...sealedBefore.keys()].filter((entry) =>
      entry.startsWith("person.resident_id_sealed/"),
    ).length;
    const expected = Array.from({ length: Math.ceil(people / 2) }, (_, i) =>
      Math.min(2, people - 2 * i),
    );
    expect(people).toBeGreaterThan(2);
    expect(residentIdBatches.map(({ count }) => count)).toEqual(expected);
    expect(Math.max(...batches.map(({ count }) => count))).toBeLessThanOrEqual(2);
  });

  it("opens everything to the same values with k2 alone", async () => {
    const after = await readSealed();
    for (const [entry, sealed] of after) {
      expect(open(entry, sealed, onlyK2), entry).toBe(
        open(entry, sealedBefore.get(entry) ?? "", withK1),
      );
    }
    expect(() =>
      open(
        "person.phone_sealed/x",
        [...sealedBefore].find(([entry]) => entry.startsWith("person.phone"))?.[1] ?? "",
        onlyK2,
      ),
    ).toThrow(/no longer lists/);
  });

  it("re-seals the files people sent with k2, and they open to the same bytes", async () => {
    const uploads = await test.database.prisma.upload.findMany();
    expect(uploads.map(({ id }) => id).sort()).toEqual([...uploadsBefore.keys()].sort());
    expect(rotated["upload.bytes"]).toBe(uploads.length);
    for (const upload of uploads) {
      const before = uploadsBefore.get(upload.id) ?? Buffer.alloc(0);
      expect(Buffer.from(upload.bytes).subarray(0, 6).toString("ascii")).toBe("v1.k2.");
      expect(onlyK2.openBytes(upload.bytes, "upload.bytes")).toEqual(
        upload.fileName === "kept-as-sent.csv" ? before : withK1.openBytes(before, "upload.bytes"),
      );
    }
    const keptPlain = uploads.find(({ fileName }) => fileName === "kept-as-sent.csv");
    expect(Buffer.from(keptPlain?.bytes ?? []).includes(Buffer.from("530125199001010012"))).toBe(
      false,
    );
    const batchFile = uploads.find(({ fileName }) => fileName === "batch.csv");
    expect(onlyK2.openBytes(batchFile?.bytes ?? Buffer.alloc(0), "upload.bytes").toString()).toBe(
      "姓名,身份证号码,手机号码\n",
    );
  });

  it("leaves the blind index alone: a person is still found by ID number, and the password holds", async () => {
    const { prisma } = test.database;
    const indexesAfter = (await prisma.person.findMany({ orderBy: { id: "asc" } })).map(
      (person) => person.residentIdIndex,
    );
    expect(indexesAfter).toEqual(indexesBefore);
    const person = await prisma.person.findUnique({
      where: { residentIdIndex: onlyK2.residentIdIndex(demoAccounts.activeInsured.residentId) },
      include: { credential: true },
    });
    expect(person?.name).toBe(demoAccounts.activeInsured.name);
    expect(onlyK2.open(person?.residentIdSealed ?? "", "person.resident-id")).toBe(
      demoAccounts.activeInsured.residentId,
    );
    expect(await verifyPassword(person?.credential?.passwordHash ?? "", demoPassword)).toBe(true);
  });

  it("finds nothing left to re-seal on a second run", async () => {
    const again = await rotateKeys({ prisma: test.database.prisma, protector: rotating });
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
  });
});

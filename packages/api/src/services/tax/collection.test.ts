import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import {
  type CollectionLine,
  collectionCsv,
  uploadCollectionFile,
} from "./collection-file.fixture";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const tea = "91530125MA6K8Y2Q3B";
const logistics = "91530125MA6P4QRK3Q";
const people = {
  liXiulan: "530125196803120027",
  wangJianguo: "530125196209080018",
  zhangWei: "530125198511230039",
  chenJing: "530125199205060048",
  liuFang: "530125197604180048",
  zhaoLi: "530125197902140124",
  sunHao: "530125198809070314",
  zhouMin: "530125199511230463",
  linXiaoyu: "530125201506030723",
  songKexin: "530125201704221387",
};
// A receipt the demo county's October 2026 collection credited.
const creditedInOctober = "3530125002026100001";

describe.each(testDatabaseKinds())("premium collection files on %s", (kind) => {
  let seeded: Seeded;
  let tax: Caller;
  let receipt = 0;
  const nextReceipt = () => {
    receipt += 1;
    return `T${kind.slice(0, 2).toUpperCase()}2026112500${String(receipt).padStart(4, "0")}`;
  };

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    tax = (await callerWithSession(seeded.database, { username: "tax01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const citizen = async (residentId: string) =>
    (await callerWithSession(seeded.database, { residentId }, testNow)).caller;
  const upload = (lines: readonly CollectionLine[], username = "tax01") =>
    uploadCollectionFile(seeded.database, username, collectionCsv(lines));
  const check = async (lines: readonly CollectionLine[]) =>
    tax.staff.tax.checkCollection({ uploadId: await upload(lines) });
  const credit = (collectionId: string, key = `key-${collectionId}`) =>
    tax.staff.tax.creditCollection({ collectionId, idempotencyKey: key });
  const employee = (residentId: string, code = tea): CollectionLine => [
    code,
    residentId,
    "2026-11",
    "8600",
    "172.00",
    "688.00",
    nextReceipt(),
  ];

  async function ledgerOf(residentId: string) {
    const { prisma, protector } = seeded.database;
    const person = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: protector.residentIdIndex(residentId) },
      include: { account: true },
    });
    const sum = await prisma.ledgerEntry.aggregate({
      where: { personId: person.id },
      _sum: { amountFen: true },
      _count: true,
    });
    return {
      personId: person.id,
      balanceFen: person.account?.balanceFen ?? 0,
      sumFen: sum._sum.amountFen ?? 0,
      entries: sum._count,
    };
  }

  it("reports every row: creditable, unknown payer or person, already credited, invalid with reasons", async () => {
    const wang = employee(people.wangJianguo, logistics);
    const report = await check([
      wang,
      [tea, people.liXiulan, "2026-10", "8600", "172", "688", nextReceipt()],
      ["91530125MA6U9W3E5T", people.chenJing, "2026-11", "5600", "112", "448", nextReceipt()],
      [tea, "530125199501010731", "2026-11", "5600", "112", "448", nextReceipt()],
      [tea, people.zhouMin, "2026/11", "5600", "abc", "448", nextReceipt()],
      [tea, people.zhaoLi, "2026-10", "7200", "144", "576", creditedInOctober],
      ["", people.liuFang, "2026-11", "4500", "450", "", nextReceipt()],
      [logistics, people.zhangWei, "2026-11", "12000", "240", "960", wang[6]],
      [tea, people.chenJing, "2026-12", "5600", "112", "448", nextReceipt()],
    ]);
    expect(report.status).toBe("CHECKED");
    expect(report.fileProblem).toBeNull();
    expect(report.rows.total).toBe(9);
    expect(report.rows.valid).toBe(2);
    expect(report.rows.invalid).toEqual([
      { row: 3, outcome: "INVALID", errors: [{ column: "month", reason: "MONTH_ALREADY_PAID" }] },
      {
        row: 4,
        outcome: "UNKNOWN_PAYER",
        errors: [{ column: "creditCode", reason: "PAYER_NOT_REGISTERED" }],
      },
      {
        row: 5,
        outcome: "UNKNOWN_PERSON",
        errors: [{ column: "residentId", reason: "PERSON_NOT_KNOWN" }],
      },
      {
        row: 6,
        outcome: "INVALID",
        errors: [
          { column: "month", reason: "MONTH_FORMAT" },
          { column: "personal", reason: "INVALID_FORMAT" },
        ],
      },
      {
        row: 7,
        outcome: "ALREADY_CREDITED",
        errors: [{ column: "receiptNumber", reason: "ALREADY_CREDITED" }],
      },
      {
        row: 9,
        outcome: "INVALID",
        errors: [{ column: "receiptNumber", reason: "DUPLICATE_IN_FILE" }],
      },
      { row: 10, outcome: "INVALID", errors: [{ column: "month", reason: "MONTH_IN_FUTURE" }] },
    ]);
    expect(report.outcomes).toEqual({
      CREDITABLE: 2,
      UNKNOWN_PAYER: 1,
      UNKNOWN_PERSON: 1,
      ALREADY_CREDITED: 1,
      INVALID: 4,
    });
    // 王建国's 2 % of ¥8,600 and 刘芳's flexible 2 % of ¥4,500.
    expect(report.creditable).toMatchObject({
      people: 2,
      months: ["2026-11"],
      personalFen: 17_200 + 45_000,
      employerFen: 68_800,
      toAccountsFen: 17_200 + 9_000,
    });
    // The report is codes and numbers: no ID number or name of anyone in the file.
    expect(JSON.stringify(report)).not.toMatch(/530125\d{12}|王建国|刘芳/);
    // Nothing is credited by a check.
    expect((await (await citizen(people.wangJianguo)).citizen.accountSummary()).status).toBe(
      "SEALED",
    );
  });

  it("credits the month that resumes and unseals the account from it, as the person sees it", async () => {
    const before = await (await citizen(people.wangJianguo)).citizen.accountSummary();
    expect(before).toMatchObject({ status: "SEALED", sealedSince: "2026-07" });
    const ledgerBefore = await ledgerOf(people.wangJianguo);
    const line: CollectionLine = [
      logistics,
      people.wangJianguo,
      "2026-11",
      "6200",
      "124",
      "496",
      nextReceipt(),
    ];
    const report = await check([line]);
    expect(report.rows.valid).toBe(1);
    expect(await credit(report.collectionId)).toEqual({ credited: 1, totalCreditedFen: 12_400 });

    const after = await (await citizen(people.wangJianguo)).citizen.accountSummary();
    expect(after).toMatchObject({
      status: "ACTIVE",
      sealedSince: null,
      lastPaidMonth: "2026-11",
      balanceFen: before.balanceFen + 12_400,
    });
    const ledger = await ledgerOf(people.wangJianguo);
    expect(ledger.balanceFen).toBe(ledger.sumFen);
    expect(ledger.entries).toBe(ledgerBefore.entries + 1);
    const [latest] = (await (await citizen(people.wangJianguo)).citizen.account.transactions({}))
      .items;
    expect(latest).toMatchObject({
      kind: "CONTRIBUTION_CREDIT",
      amountFen: 12_400,
      contributionMonth: "2026-11",
    });
    const contribution = await seeded.database.prisma.contribution.findUniqueOrThrow({
      where: { receiptNumber: line[6] },
    });
    expect(contribution).toMatchObject({
      month: "2026-11",
      employerCreditCode: logistics,
      wageBaseFen: 620_000,
      personalFen: 12_400,
      employerFen: 49_600,
      totalFen: 62_000,
      personalAccountFen: 12_400,
      collectionId: report.collectionId,
    });
    const stored = await tax.staff.tax.collection({ collectionId: report.collectionId });
    expect(stored).toMatchObject({
      status: "CREDITED",
      credited: { credited: 1, totalCreditedFen: 12_400 },
    });
  });

  it("credits the same file once, sent twice, and a receipt number once across files", async () => {
    const lines = [employee(people.zhangWei, logistics), employee(people.chenJing)];
    const balances = async () => [await ledgerOf(people.zhangWei), await ledgerOf(people.chenJing)];
    const before = await balances();
    const first = await check(lines);
    expect(await credit(first.collectionId)).toEqual({ credited: 2, totalCreditedFen: 34_400 });
    // A retry of the same request answers the first result and changes nothing.
    expect(await credit(first.collectionId)).toEqual({ credited: 2, totalCreditedFen: 34_400 });

    const again = await check(lines);
    expect(again.outcomes).toMatchObject({ CREDITABLE: 0, ALREADY_CREDITED: 2 });
    expect(await credit(again.collectionId)).toEqual({ credited: 0, totalCreditedFen: 0 });

    // Another file repeating one receipt number, for someone else's month, credits nothing.
    const [zhangWei] = lines;
    const repeated = await check([
      [tea, people.zhouMin, "2026-11", "5600", "112", "448", zhangWei?.[6] ?? ""],
    ]);
    expect(repeated.rows.invalid[0]).toMatchObject({ outcome: "ALREADY_CREDITED" });
    expect(await credit(repeated.collectionId)).toEqual({ credited: 0, totalCreditedFen: 0 });

    const after = await balances();
    expect(
      after.map((ledger, index) => ledger.balanceFen - (before[index]?.balanceFen ?? 0)),
    ).toEqual([17_200, 17_200]);
    expect(after.map((ledger) => ledger.entries)).toEqual(
      before.map((ledger) => ledger.entries + 1),
    );
  });

  it("credits once when the same collection, or the same file twice, is credited at once", async () => {
    const lines = [employee(people.zhaoLi), employee(people.sunHao, logistics)];
    const before = [await ledgerOf(people.zhaoLi), await ledgerOf(people.sunHao)];
    const one = await check(lines);
    const twice = await Promise.all([
      credit(one.collectionId, "same-key-1"),
      credit(one.collectionId, "same-key-1"),
    ]);
    expect(twice).toEqual([
      { credited: 2, totalCreditedFen: 34_400 },
      { credited: 2, totalCreditedFen: 34_400 },
    ]);

    const more = [employee(people.liXiulan), employee(people.zhouMin)];
    const moreBefore = [await ledgerOf(people.liXiulan), await ledgerOf(people.zhouMin)];
    const a = await check(more);
    const b = await check(more);
    const results = await Promise.all([credit(a.collectionId), credit(b.collectionId)]);
    expect(results.map((result) => result.credited).sort()).toEqual([0, 2]);
    expect(results.reduce((total, result) => total + result.totalCreditedFen, 0)).toBe(34_400);

    const after = [
      await ledgerOf(people.zhaoLi),
      await ledgerOf(people.sunHao),
      await ledgerOf(people.liXiulan),
      await ledgerOf(people.zhouMin),
    ];
    [...before, ...moreBefore].forEach((ledger, index) => {
      expect(after[index]?.entries).toBe(ledger.entries + 1);
      expect(after[index]?.balanceFen).toBe(ledger.balanceFen + 17_200);
      expect(after[index]?.balanceFen).toBe(after[index]?.sumFen);
    });
  });

  it("credits nothing when one posting fails part-way, then all of it once the fault is gone", async () => {
    const { prisma } = seeded.database;
    const wuQiang = "530125197005300538";
    const heJun = "530125199107280856";
    const gaoLei = "530125198703111034";
    const lines = [employee(wuQiang, logistics), employee(heJun), employee(gaoLei, logistics)];
    const before = [await ledgerOf(wuQiang), await ledgerOf(heJun), await ledgerOf(gaoLei)];
    const report = await check(lines);
    expect(report.rows.valid).toBe(3);
    // The third row's posting fails after the first two went through, as a full disk would.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_posting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.idempotency_key = 'contribution:${lines[2]?.[6]}' THEN
          RAISE EXCEPTION 'injected failure';
        END IF;
        RETURN NEW;
      END $$`);
    await prisma.$executeRawUnsafe(
      "CREATE TRIGGER test_refuse_posting BEFORE INSERT ON ledger_entry FOR EACH ROW EXECUTE FUNCTION test_refuse_posting()",
    );
    await expect(credit(report.collectionId)).rejects.toThrow();
    const receipts = lines.map((line) => line[6]);
    expect(await prisma.contribution.count({ where: { receiptNumber: { in: receipts } } })).toBe(0);
    expect(
      await prisma.ledgerEntry.count({
        where: { idempotencyKey: { in: receipts.map((number) => `contribution:${number}`) } },
      }),
    ).toBe(0);
    expect([await ledgerOf(wuQiang), await ledgerOf(heJun), await ledgerOf(gaoLei)]).toEqual(
      before,
    );
    expect((await tax.staff.tax.collection({ collectionId: report.collectionId })).status).toBe(
      "CHECKED",
    );

    await prisma.$executeRawUnsafe("DROP TRIGGER test_refuse_posting ON ledger_entry");
    await prisma.$executeRawUnsafe("DROP FUNCTION test_refuse_posting()");
    expect(await credit(report.collectionId)).toEqual({ credited: 3, totalCreditedFen: 51_600 });
    expect(await prisma.contribution.count({ where: { receiptNumber: { in: receipts } } })).toBe(3);
  });

  it("records a resident's yearly payment for the year it covers, from 1 January", async () => {
    const { prisma, protector } = seeded.database;
    const refused = await check([
      ["", people.songKexin, "2027-01", "", "380", "", nextReceipt()],
      ["", people.linXiaoyu, "2027-01", "", "400", "", nextReceipt()],
    ]);
    expect(refused.rows.invalid).toEqual([
      { row: 2, outcome: "INVALID", errors: [{ column: "personal", reason: "NOT_YEARLY_AMOUNT" }] },
      { row: 3, outcome: "INVALID", errors: [{ column: "month", reason: "MONTH_ALREADY_PAID" }] },
    ]);
    const paid = await check([["", people.songKexin, "2027-01", "", "400.00", "", nextReceipt()]]);
    expect(paid.creditable).toMatchObject({ residentFen: 40_000, toAccountsFen: 0 });
    expect(await credit(paid.collectionId)).toEqual({ credited: 1, totalCreditedFen: 0 });
    const person = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: protector.residentIdIndex(people.songKexin) },
      include: { residentPayments: { where: { coverYear: 2027 } }, account: true },
    });
    expect(person.account).toBeNull();
    expect(person.residentPayments).toHaveLength(1);
    expect(person.residentPayments[0]).toMatchObject({
      amountFen: 40_000,
      coverStartsOn: new Date("2027-01-01T00:00:00Z"),
      collectionId: paid.collectionId,
    });
  });

  it("refuses a file that is not a collection, and reads only the officer's own upload", async () => {
    const noReceipts = await tax.staff.tax.checkCollection({
      uploadId: await uploadCollectionFile(
        seeded.database,
        "tax01",
        "统一社会信用代码,身份证号码,费款所属期,缴费基数,个人缴费,单位缴费\r\n91530125MA6K8Y2Q3B,530125196803120027,2026-11,8600,172,688\r\n",
      ),
    });
    expect(noReceipts).toMatchObject({
      status: "FILE_REFUSED",
      fileProblem: { code: "MISSING_COLUMNS", missing: ["receiptNumber"], duplicated: [] },
      rows: { total: 0 },
    });
    expect((await refusalOf(credit(noReceipts.collectionId))).data).toMatchObject({
      domainCode: "TAX_RECORD_CONFLICT",
      reason: "FILE_REFUSED",
    });
    const pdf = await tax.staff.tax.checkCollection({
      uploadId: await uploadCollectionFile(
        seeded.database,
        "tax01",
        "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n",
      ),
    });
    expect(pdf).toMatchObject({
      status: "FILE_REFUSED",
      fileProblem: { code: "NOT_A_SPREADSHEET" },
    });

    const someoneElses = await upload([employee(people.liuFang)], "centre01");
    expect(
      (await refusalOf(tax.staff.tax.checkCollection({ uploadId: someoneElses }))).data,
    ).toMatchObject({
      domainCode: "NOT_FOUND",
    });
  });
});

import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

describe.each(testDatabaseKinds())("supervision cases on %s", (kind) => {
  let seeded: Seeded;
  let tax: Caller;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    tax = (await callerWithSession(seeded.database, { username: "tax01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const quarryCase = async () => {
    const { items } = await tax.staff.tax.cases({ status: "OPEN" });
    const found = items.find((item) => item.payer.kind === "EMPLOYER" && item.ground === "ARREARS");
    if (!found) throw new Error("the demo county has an open arrears case");
    return found;
  };

  it("records inspections and findings, then the decision with its date, which closes the case", async () => {
    const opened = await quarryCase();
    expect(opened).toMatchObject({
      payer: { kind: "EMPLOYER", name: "云溪县石桥建材有限公司" },
      status: "OPEN",
      openedBy: "郑强",
      decision: null,
    });
    expect(opened.entries.map((entry) => entry.kind)).toEqual(["FINDING", "INSPECTION"]);

    const inspected = await tax.staff.tax.recordCaseEntry({
      caseId: opened.caseId,
      kind: "INSPECTION",
      occurredOn: "2026-11-24",
      note: "再次上门核查，单位已筹措部分资金。",
    });
    expect(inspected.entries.at(-1)).toMatchObject({
      kind: "INSPECTION",
      occurredOn: "2026-11-24",
      recordedBy: "郑强",
      decision: null,
    });
    expect(
      (
        await refusalOf(
          tax.staff.tax.recordCaseEntry({
            caseId: opened.caseId,
            kind: "DECISION",
            occurredOn: "2026-11-25",
            note: "责令限期缴纳",
          }),
        )
      ).data,
    ).toMatchObject({
      domainCode: "VALIDATION_FAILED",
      issues: [{ path: ["decision"], code: "REQUIRED" }],
    });
    expect(
      (
        await refusalOf(
          tax.staff.tax.recordCaseEntry({
            caseId: opened.caseId,
            kind: "FINDING",
            occurredOn: "2026-11-26",
            note: "明天的事",
          }),
        )
      ).data,
    ).toMatchObject({ issues: [{ path: ["occurredOn"], code: "IN_FUTURE" }] });

    const decided = await tax.staff.tax.recordCaseEntry({
      caseId: opened.caseId,
      kind: "DECISION",
      occurredOn: "2026-11-25",
      note: "责令单位于2026年12月15日前补缴欠费及滞纳金。",
      decision: "ORDER_TO_PAY",
    });
    expect(decided).toMatchObject({
      status: "CLOSED",
      decision: { decision: "ORDER_TO_PAY", decidedOn: "2026-11-25" },
    });
    expect(decided.closedAt).not.toBeNull();
    expect(
      (
        await refusalOf(
          tax.staff.tax.recordCaseEntry({
            caseId: opened.caseId,
            kind: "FINDING",
            occurredOn: "2026-11-25",
            note: "结案后补记",
          }),
        )
      ).data,
    ).toMatchObject({ domainCode: "TAX_RECORD_CONFLICT", reason: "CASE_CLOSED" });
    const closed = await tax.staff.tax.cases({ status: "CLOSED" });
    expect(closed.items.map((item) => item.caseId)).toContain(opened.caseId);
  });

  it("opens cases against an employer or a person; the payer's history shows them", async () => {
    const { prisma, protector } = seeded.database;
    const quarry = await prisma.employer.findUniqueOrThrow({
      where: { creditCode: "91530125MA6R2LBN48" },
    });
    const floor = await tax.staff.tax.openCase({
      payer: { employerId: quarry.id },
      ground: "WAGE_BASE_BELOW_FLOOR",
      note: "杨志强的缴费基数3800元，低于本县缴费基数下限4000元。",
    });
    expect(floor).toMatchObject({ status: "OPEN", ground: "WAGE_BASE_BELOW_FLOOR" });
    expect(floor.entries).toMatchObject([{ kind: "FINDING", occurredOn: "2026-11-25" }]);

    const liuFang = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: protector.residentIdIndex("530125197604180048") },
    });
    const report = await tax.staff.tax.openCase({
      payer: { personId: liuFang.id },
      ground: "REPORT",
      note: "接到举报：以灵活就业身份缴费期间另有单位发放工资。",
    });
    expect(report.payer).toEqual({
      kind: "INDIVIDUAL",
      personId: liuFang.id,
      name: "刘芳",
      maskedResidentId: "530125********0048",
    });

    const history = await tax.staff.tax.payer({ employerId: quarry.id });
    expect(history.cases.map((item) => item.ground).sort()).toEqual([
      "ARREARS",
      "WAGE_BASE_BELOW_FLOOR",
    ]);
    const own = await tax.staff.tax.cases({ status: "ALL", personId: liuFang.id });
    expect(own.items.map((item) => item.caseId)).toEqual([report.caseId]);
    expect(
      (
        await refusalOf(
          tax.staff.tax.openCase({
            payer: { personId: quarry.id },
            ground: "REPORT",
            note: "无此人",
          }),
        )
      ).data,
    ).toMatchObject({ domainCode: "NOT_FOUND" });
  });

  it("never changes or deletes what was recorded", async () => {
    const { prisma } = seeded.database;
    const entry = await prisma.supervisionEntry.findFirstOrThrow();
    await expect(
      prisma.supervisionEntry.update({ where: { id: entry.id }, data: { note: "改写" } }),
    ).rejects.toThrow();
    await expect(prisma.supervisionEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(prisma.supervisionCase.delete({ where: { id: entry.caseId } })).rejects.toThrow();
    expect(await prisma.supervisionEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(
      entry,
    );
  });
});

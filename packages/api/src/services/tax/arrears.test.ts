import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { collectionCsv, uploadCollectionFile } from "./collection-file.fixture";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

// The demo county's employer in arrears: registered in March 2026, paid March–May for its two
// employees, nothing since. 杨志强's base (¥3,800) is below the county's floor (¥4,000).
const quarry = "91530125MA6R2LBN48";
const liHongmei = "530125199003150424";

describe.each(testDatabaseKinds())("arrears on %s", (kind) => {
  let seeded: Seeded;
  let tax: Caller;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    tax = (await callerWithSession(seeded.database, { username: "tax01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("lists the employer that stopped paying, with months owed, the assessment and the late fee", async () => {
    const arrears = await tax.staff.tax.arrears({ month: "2026-11" });
    // November is not due until 15 December: arrears run to October.
    expect(arrears).toMatchObject({ month: "2026-10", asOf: "2026-11-25" });
    expect(arrears.payers).toHaveLength(1);
    const [payer] = arrears.payers;
    expect(payer).toMatchObject({
      payer: { kind: "EMPLOYER", creditCode: quarry, name: "云溪县石桥建材有限公司" },
      monthsOwed: ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"],
      peopleAffected: 2,
      // Five months of 10 % of ¥4,000 (the floor, above 杨志强's ¥3,800) and of ¥5,200.
      assessedFen: 5 * 40_000 + 5 * 52_000,
    });
    const yang = payer?.people.find((person) => person.name === "杨志强");
    const li = payer?.people.find((person) => person.name === "李红梅");
    expect(yang?.maskedResidentId).toBe("530125********0313");
    // 0.05 % a day from the 15th of the following month: June's is 133 days late by 25 November,
    // then 102, 71, 41 and 10 days.
    expect(
      yang?.months.map((row) => [row.month, row.dueDate, row.daysLate, row.lateFeeFen]),
    ).toEqual([
      ["2026-06", "2026-07-15", 133, 2_660],
      ["2026-07", "2026-08-15", 102, 2_040],
      ["2026-08", "2026-09-15", 71, 1_420],
      ["2026-09", "2026-10-15", 41, 820],
      ["2026-10", "2026-11-15", 10, 200],
    ]);
    expect(yang?.months[0]).toMatchObject({
      wageBaseFen: 400_000,
      personalFen: 8_000,
      employerFen: 32_000,
    });
    expect(li?.months[0]).toMatchObject({
      wageBaseFen: 520_000,
      assessedFen: 52_000,
      lateFeeFen: 3_458,
    });
    expect(yang?.lateFeeFen).toBe(7_140);
    expect(li?.lateFeeFen).toBe(9_282);
    expect(payer?.lateFeeFen).toBe(16_422);
    expect(arrears.totals).toEqual({
      payers: 1,
      people: 2,
      assessedFen: 460_000,
      lateFeeFen: 16_422,
    });
    // The demo county's open case against it.
    expect(payer?.openCaseId).not.toBeNull();
  });

  it("counts only the months up to the one asked", async () => {
    const arrears = await tax.staff.tax.arrears({ month: "2026-08" });
    expect(arrears.payers[0]?.monthsOwed).toEqual(["2026-06", "2026-07", "2026-08"]);
    expect(arrears.payers[0]?.assessedFen).toBe(3 * 92_000);
  });

  it("drops a month once it is collected", async () => {
    const uploadId = await uploadCollectionFile(
      seeded.database,
      "tax01",
      collectionCsv([[quarry, liHongmei, "2026-06", "5200", "104", "416", "BUQIAO-202606-1"]]),
    );
    const report = await tax.staff.tax.checkCollection({ uploadId });
    await tax.staff.tax.creditCollection({
      collectionId: report.collectionId,
      idempotencyKey: "buqiao-1",
    });
    const arrears = await tax.staff.tax.arrears({ month: "2026-10" });
    const li = arrears.payers[0]?.people.find((person) => person.name === "李红梅");
    expect(li?.months.map((row) => row.month)).toEqual([
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    expect(arrears.payers[0]?.monthsOwed[0]).toBe("2026-06");
    expect(arrears.totals.assessedFen).toBe(460_000 - 52_000);
  });

  it("records who read the names of the people affected", async () => {
    const entry = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "arrears.read" },
      orderBy: { occurredAt: "desc" },
    });
    expect(entry.actorRole).toBe("TAX_OFFICER");
    expect(String((entry.detail as Record<string, unknown>).personIds).split(",")).toHaveLength(2);
  });
});

import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const liXiulan = "530125196803120027";

describe.each(testDatabaseKinds())("the bureau's balance inquiry on %s", (kind) => {
  let seeded: Seeded;
  let bureau: Caller;
  let li: Caller;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    bureau = (await callerWithSession(seeded.database, { username: "bureau01" }, testNow)).caller;
    li = (await callerWithSession(seeded.database, { residentId: liXiulan }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("refuses a look-up without a reason, and records nothing", async () => {
    const before = await seeded.database.prisma.auditEvent.count();
    const refused = await refusalOf(bureau.staff.bureau.lookUp({ residentId: liXiulan } as never));
    expect(refused.data.domainCode).toBe("VALIDATION_FAILED");
    expect(await seeded.database.prisma.auditEvent.count()).toBe(before);
    expect((await li.citizen.account.accessLog({})).items).toEqual([]);
  });

  it("shows what the person sees, and the person sees who looked and why", async () => {
    const found = await bureau.staff.bureau.lookUp({
      residentId: liXiulan,
      reason: "IN_PERSON_INQUIRY",
    });
    const own = await li.citizen.accountSummary();
    expect(found).toMatchObject({ ...own, asOf: found.asOf });
    expect(found.recentTransactions).toEqual(
      (await li.citizen.recentTransactions({ limit: 20 })).entries,
    );

    const log = await li.citizen.account.accessLog({});
    expect(log.items[0]).toMatchObject({
      by: "云溪县医保中心",
      role: "BUREAU_CLERK",
      reason: "IN_PERSON_INQUIRY",
      method: "RESIDENT_ID",
    });
    // The office, not the clerk.
    expect(JSON.stringify(log)).not.toContain("黄丽");

    const trail = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "account.looked-up" },
      orderBy: { seq: "desc" },
    });
    expect(trail).toMatchObject({ actorRole: "BUREAU_CLERK", reason: "IN_PERSON_INQUIRY" });
  });

  it("finds the person by the e-card, once", async () => {
    const { token } = await li.citizen.ecard.token();
    const found = await bureau.staff.bureau.lookUp({ token, reason: "AGENT_INQUIRY" });
    expect(found.name).toBe("李秀兰");
    expect((await li.citizen.account.accessLog({})).items[0]).toMatchObject({
      reason: "AGENT_INQUIRY",
      method: "ECARD",
    });
    const again = await refusalOf(bureau.staff.bureau.lookUp({ token, reason: "AGENT_INQUIRY" }));
    expect(again.data.domainCode).toBe("ECARD_TOKEN_INVALID");
  });

  it("answers NOT_FOUND for a number the county does not know, without echoing it", async () => {
    const refused = await refusalOf(
      bureau.staff.bureau.lookUp({ residentId: "11010519491231002X", reason: "IN_PERSON_INQUIRY" }),
    );
    expect(refused.data.domainCode).toBe("NOT_FOUND");
    expect(JSON.stringify(refused)).not.toContain("11010519491231002X");
  });

  it("keeps an institution's operator away from a person's balance and history", async () => {
    const pharmacy = (await callerWithSession(seeded.database, { username: "pharmacy01" }, testNow))
      .caller;
    const calls = [
      () => pharmacy.staff.bureau.lookUp({ residentId: liXiulan, reason: "IN_PERSON_INQUIRY" }),
      () => pharmacy.citizen.accountSummary(),
      () => pharmacy.citizen.account.transactions({}),
    ];
    for (const call of calls) {
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain((await refusalOf(call())).data.domainCode);
    }
  });
});

import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { collectionCsv, uploadCollectionFile } from "./collection-file.fixture";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

// GB 32100-2015 codes no demo employer has: two that pass the check, and a pilot code failing it.
const newCode = "91530125MA6U9W3E5T";
const otherCode = "91530125MA6H5J7K2C";
const pilotCode = "91530125MA6Q1N8P7A";
const tea = "91530125MA6K8Y2Q3B";
const wangJianguo = "530125196209080018";
const liuFang = "530125197604180048";

describe.each(testDatabaseKinds())("payment registration on %s", (kind) => {
  let seeded: Seeded;
  let tax: Caller;
  let centre: Caller;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    tax = (await callerWithSession(seeded.database, { username: "tax01" }, testNow)).caller;
    centre = (await callerWithSession(seeded.database, { username: "centre01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("registers an employer once, answering a retry with the same key with the first", async () => {
    const request = {
      creditCode: ` ${newCode.toLowerCase()} `,
      name: "云溪县山泉饮品有限公司",
      address: "云溪县城关街道新村路5号",
      idempotencyKey: "register-shanquan-1",
    };
    const registered = await tax.staff.tax.registerEmployer(request);
    expect(registered).toMatchObject({
      creditCode: newCode,
      status: "REGISTERED",
      registeredOn: "2026-11-25",
      cancelledOn: null,
      checkExceptionReason: null,
    });
    expect(await tax.staff.tax.registerEmployer(request)).toEqual(registered);
    const again = await refusalOf(
      tax.staff.tax.registerEmployer({ ...request, idempotencyKey: "register-shanquan-2" }),
    );
    expect(again.data).toMatchObject({
      domainCode: "PAYER_ALREADY_REGISTERED",
      payerId: registered.employerId,
    });
    const events = await seeded.database.prisma.payerRegistrationEvent.findMany({
      where: { employerId: registered.employerId },
    });
    expect(events.map((event) => event.kind)).toEqual(["REGISTERED"]);
  });

  it("registers a demo employer the county knew, in place", async () => {
    const known = await seeded.database.prisma.employer.create({
      data: { creditCode: otherCode, name: "云溪县旧名称", address: "" },
    });
    const registered = await tax.staff.tax.registerEmployer({
      creditCode: otherCode,
      name: "云溪县宏达机械有限公司",
      address: "云溪县工业园区8号",
      registeredOn: "2026-11-01",
    });
    expect(registered).toMatchObject({
      employerId: known.id,
      name: "云溪县宏达机械有限公司",
      registeredOn: "2026-11-01",
    });
  });

  it("refuses a code that fails the check for tax officers; the county centre registers it with a reason", async () => {
    const request = {
      creditCode: pilotCode,
      name: "云溪县试点农垦公司",
      address: "云溪县农场路1号",
    };
    expect((await refusalOf(tax.staff.tax.registerEmployer(request))).data).toMatchObject({
      domainCode: "VALIDATION_FAILED",
      issues: [{ path: ["creditCode"], code: "CHECK_CHARACTER_MISMATCH" }],
    });
    const reason = "省试点地区2015年前赋码，经市场监管部门核实为真实代码";
    expect(
      (await refusalOf(tax.staff.tax.registerEmployerByException({ ...request, reason }))).data,
    ).toMatchObject({ domainCode: "FORBIDDEN" });

    const registered = await centre.staff.tax.registerEmployerByException({ ...request, reason });
    expect(registered).toMatchObject({ creditCode: pilotCode, checkExceptionReason: reason });
    const audit = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "payer.registered-by-exception" },
    });
    expect(audit).toMatchObject({ reason, actorRole: "COUNTY_CENTRE_CLERK" });
    // The check is never relaxed: a code that passes needs no exception, a malformed one gets none.
    expect(
      (
        await refusalOf(
          centre.staff.tax.registerEmployerByException({ ...request, creditCode: tea, reason }),
        )
      ).data,
    ).toMatchObject({ issues: [{ path: ["creditCode"], code: "CHECK_PASSES" }] });
    expect(
      (
        await refusalOf(
          centre.staff.tax.registerEmployerByException({
            ...request,
            creditCode: "91530125MA6Q1N8P7",
            reason,
          }),
        )
      ).data,
    ).toMatchObject({ issues: [{ path: ["creditCode"], code: "WRONG_LENGTH" }] });

    // Its employees' premiums are read with its code, the check still failing for any other.
    await tax.staff.tax.addEmployee({
      employerId: registered.employerId,
      residentId: wangJianguo,
      fromMonth: "2026-11",
    });
    const uploadId = await uploadCollectionFile(
      seeded.database,
      "tax01",
      collectionCsv([
        [pilotCode, wangJianguo, "2026-11", "6000", "120", "480", "PILOT-0001"],
        ["91530125MA6Q1N8P7B", wangJianguo, "2026-11", "6000", "120", "480", "PILOT-0002"],
      ]),
    );
    const report = await tax.staff.tax.checkCollection({ uploadId });
    expect(report.rows.valid).toBe(1);
    expect(report.rows.invalid).toEqual([
      {
        row: 3,
        outcome: "INVALID",
        errors: [{ column: "creditCode", reason: "CHECK_CHARACTER_MISMATCH" }],
      },
    ]);
  });

  it("records a change and a cancellation with their dates, ending the employments with it", async () => {
    const employer = await tax.staff.tax.registerEmployer({
      creditCode: "91530125MA6T7XQ81L",
      name: "云溪县青禾米业有限公司",
      address: "云溪县桃源镇米厂路3号",
      registeredOn: "2026-06-01",
    });
    const employment = await tax.staff.tax.addEmployee({
      employerId: employer.employerId,
      residentId: liuFang,
      fromMonth: "2026-06",
    });
    expect(employment).toMatchObject({
      name: "刘芳",
      maskedResidentId: "530125********0048",
      fromMonth: "2026-06",
      toMonth: null,
    });
    expect(
      (
        await refusalOf(
          tax.staff.tax.addEmployee({
            employerId: employer.employerId,
            residentId: liuFang,
            fromMonth: "2026-09",
          }),
        )
      ).data,
    ).toMatchObject({ domainCode: "TAX_RECORD_CONFLICT", reason: "EMPLOYMENT_OVERLAPS" });
    expect(
      (
        await refusalOf(
          tax.staff.tax.addEmployee({
            employerId: employer.employerId,
            residentId: "530125199501010731",
            fromMonth: "2026-09",
          }),
        )
      ).data,
    ).toMatchObject({ domainCode: "NOT_FOUND" });

    const changed = await tax.staff.tax.changeEmployer({
      employerId: employer.employerId,
      address: "云溪县桃源镇粮站路9号",
      effectiveOn: "2026-10-01",
    });
    expect(changed.address).toBe("云溪县桃源镇粮站路9号");
    const cancelled = await tax.staff.tax.cancelEmployer({
      employerId: employer.employerId,
      effectiveOn: "2026-11-20",
    });
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelledOn: "2026-11-20" });
    expect(
      (
        await refusalOf(
          tax.staff.tax.changeEmployer({ employerId: employer.employerId, name: "又改名" }),
        )
      ).data,
    ).toMatchObject({ domainCode: "TAX_RECORD_CONFLICT", reason: "NOT_REGISTERED" });

    const history = await tax.staff.tax.payer({ employerId: employer.employerId });
    expect(history.events).toMatchObject([
      { kind: "REGISTERED", effectiveOn: "2026-06-01", recordedBy: "郑强", changes: null },
      {
        kind: "CHANGED",
        effectiveOn: "2026-10-01",
        changes: { address: { from: "云溪县桃源镇米厂路3号", to: "云溪县桃源镇粮站路9号" } },
      },
      { kind: "CANCELLED", effectiveOn: "2026-11-20", employmentsEnded: 1 },
    ]);
    expect(history.employees).toMatchObject([
      { name: "刘芳", fromMonth: "2026-06", toMonth: "2026-11" },
    ]);
    // The database keeps the events as they were: no change, no deletion.
    await expect(
      seeded.database.prisma.payerRegistrationEvent.deleteMany({
        where: { employerId: employer.employerId },
      }),
    ).rejects.toThrow();

    // Registered again after the cancellation, from a later day.
    const again = await tax.staff.tax.registerEmployer({
      creditCode: "91530125MA6T7XQ81L",
      name: "云溪县青禾米业有限公司",
      address: "云溪县桃源镇粮站路9号",
      registeredOn: "2026-11-25",
    });
    expect(again).toMatchObject({
      status: "REGISTERED",
      registeredOn: "2026-11-25",
      cancelledOn: null,
    });
  });

  it("registers an individual the county knows, once, even twice at once", async () => {
    expect(
      (
        await refusalOf(
          tax.staff.tax.registerIndividual({
            residentId: "530125199501010731",
            scheme: "FLEXIBLE_EMPLOYMENT",
          }),
        )
      ).data,
    ).toMatchObject({ domainCode: "NOT_FOUND" });
    // 刘芳 pays as a flexible worker already (the demo county).
    expect(
      (
        await refusalOf(
          tax.staff.tax.registerIndividual({ residentId: liuFang, scheme: "RESIDENT" }),
        )
      ).data,
    ).toMatchObject({ domainCode: "PAYER_ALREADY_REGISTERED" });

    const request = {
      residentId: wangJianguo,
      scheme: "FLEXIBLE_EMPLOYMENT" as const,
      idempotencyKey: "wang-flexible-1",
    };
    const [first, second] = await Promise.all([
      tax.staff.tax.registerIndividual(request),
      tax.staff.tax.registerIndividual(request),
    ]);
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      name: "王建国",
      maskedResidentId: "530125********0018",
      scheme: "FLEXIBLE_EMPLOYMENT",
      status: "REGISTERED",
    });
    const rows = await seeded.database.prisma.individualPayer.count({
      where: { personId: first.personId },
    });
    expect(rows).toBe(1);

    const cancelled = await tax.staff.tax.cancelIndividual({
      individualPayerId: first.individualPayerId,
      effectiveOn: "2026-11-30",
    });
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelledOn: "2026-11-30" });
    const history = await tax.staff.tax.payer({ personId: first.personId });
    expect(history.events.map((event) => event.kind)).toEqual(["REGISTERED", "CANCELLED"]);
    expect(history.payer).toMatchObject({ kind: "INDIVIDUAL", name: "王建国" });
  });

  it("lists the demo county's payers with their employees and history", async () => {
    const { items } = await tax.staff.tax.employers({ status: "REGISTERED" });
    const teaCompany = items.find((item) => item.creditCode === tea);
    expect(teaCompany).toMatchObject({
      name: "云溪县青山茶业有限公司",
      status: "REGISTERED",
      lastPaidMonth: "2026-10",
    });
    expect(teaCompany?.employees).toBeGreaterThanOrEqual(5);
    const history = await tax.staff.tax.payer({ employerId: teaCompany?.employerId ?? "" });
    expect(history.collections.slice(0, 2).map((row) => row.month)).toEqual(["2026-10", "2026-09"]);
    expect(history.employees.map((row) => row.name)).toContain("李秀兰");
    expect(JSON.stringify(history)).not.toContain("530125196803120027");

    const individuals = await tax.staff.tax.individuals({ status: "REGISTERED" });
    expect(individuals.items.map((item) => [item.name, item.scheme])).toEqual(
      expect.arrayContaining([
        ["刘芳", "FLEXIBLE_EMPLOYMENT"],
        ["林小雨", "RESIDENT"],
      ]),
    );
    const audit = await seeded.database.prisma.auditEvent.findFirst({
      where: { action: "payer.read", actorRole: "TAX_OFFICER" },
      orderBy: { occurredAt: "desc" },
    });
    expect(audit).not.toBeNull();
  });
});

import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieNames } from "../../context";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { signInStaff } from "../../testing/staff-sign-in";
import { createTestCaller } from "../../testing/test-caller";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

describe.each(testDatabaseKinds())("staff sign-in and role refusals on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("signs a service-point clerk in and shows name, role and service point", async () => {
    const { servicePointClerk } = seeded.demo;
    const { caller, view } = await signInStaff(seeded.database, servicePointClerk);
    expect(view.displayName).toBe(servicePointClerk.displayName);
    expect(view.role).toBe("SERVICE_POINT_CLERK");
    expect(view.servicePoint.code).toBe(servicePointClerk.servicePointCode);
    expect((await caller.staff.session())?.servicePoint.kind).toBe("SERVICE_POINT");
  });

  it("signs a county-centre clerk in at the county centre", async () => {
    const { countyCentreClerk } = seeded.demo;
    const { view } = await signInStaff(seeded.database, countyCentreClerk);
    expect(view.role).toBe("COUNTY_CENTRE_CLERK");
    expect(view.servicePoint.kind).toBe("COUNTY_CENTRE");
  });

  it("refuses a wrong staff password with the same answer as an unknown username", async () => {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    const wrong = await caller.auth
      .staffLogin({ username: seeded.demo.otherServicePointClerk.username, password: "nope-nope" })
      .catch((error: { code: string; message: string }) => error);
    const unknown = await caller.auth
      .staffLogin({ username: "nobody.here", password: "nope-nope" })
      .catch((error: { code: string; message: string }) => error);
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED" });
    expect(unknown).toMatchObject({
      code: "UNAUTHORIZED",
      message: (wrong as { message: string }).message,
    });
  });

  it("does not let a staff session open citizen procedures, nor a citizen session staff ones", async () => {
    const staff = await signInStaff(seeded.database, seeded.demo.countyCentreClerk);
    await expect(staff.caller.citizen.accountSummary()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    // Even a staff token copied into the citizen cookie opens nothing.
    const forged = createTestCaller(seeded.database, { now: () => testNow });
    forged.cookies.set(
      sessionCookieNames.CITIZEN,
      staff.cookies.get(sessionCookieNames.STAFF) ?? "",
    );
    await expect(forged.caller.citizen.accountSummary()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    const citizen = createTestCaller(seeded.database, { now: () => testNow });
    await citizen.caller.auth.citizenLogin(seeded.demo.activeInsured);
    await expect(citizen.caller.staff.extendSession()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await citizen.caller.staff.session()).toBeNull();
  });

  it("refuses usernames with characters no account can have, as bad input", async () => {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    for (const username of ["", " ", "a".repeat(65), "robert'); drop table person;--"]) {
      await expect(caller.auth.staffLogin({ username, password: "x" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });
});

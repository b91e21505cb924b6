import { describe, expect, it } from "vitest";
import { appRouter } from "./root-router";
import type { ProcedureMeta } from "./trpc";

/** Every procedure, by path, with the access it declares. */
function procedures(): [string, ProcedureMeta | undefined][] {
  return Object.entries(appRouter._def.procedures).map(([path, procedure]) => [
    path,
    (procedure as unknown as { _def: { meta?: ProcedureMeta } })._def.meta,
  ]);
}

describe("procedure access declarations", () => {
  it("covers every procedure of the router: a permission, or public with a reason", () => {
    const list = procedures();
    expect(list.length).toBeGreaterThan(0);
    for (const [path, meta] of list) {
      expect(meta?.access, `${path} declares no access`).toBeDefined();
      if (meta?.access.kind === "public")
        expect(meta.access.reason.length, path).toBeGreaterThan(10);
    }
  });

  it("keeps the public surface to signing in and out, registering, recovering a password and asking for one's own session", () => {
    const open = procedures()
      .filter(([, meta]) => meta?.access.kind === "public")
      .map(([path]) => path)
      .sort();
    expect(open).toEqual([
      "auth.citizenLogin",
      "auth.citizenLogout",
      "auth.citizenPasswordReset.complete",
      "auth.citizenPasswordReset.start",
      "auth.citizenRegistration.complete",
      "auth.citizenRegistration.start",
      "auth.employerLogin",
      "auth.employerLogout",
      "auth.staffLogin",
      "auth.staffLogout",
      "citizen.session",
      "employer.session",
      "staff.session",
    ]);
  });
});

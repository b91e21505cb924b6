import { describe, expect, it } from "vitest";
import { stageRedirect } from "./stage-pages";

describe("stageRedirect()", () => {
  it("lets a full session go anywhere", () => {
    expect(stageRedirect("FULL", "/balance")).toBeNull();
  });

  it("holds a session that must change its password on the change-password page", () => {
    expect(stageRedirect("PASSWORD_CHANGE", "/")).toBe("/security/password");
    expect(stageRedirect("PASSWORD_CHANGE", "/security")).toBe("/security/password");
    expect(stageRedirect("PASSWORD_CHANGE", "/security/password")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { employerStagePages } from "../employer/employer-paths";
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

  it("holds an agent who must change their password on the portal's own page", () => {
    expect(stageRedirect("PASSWORD_CHANGE", "/employer", employerStagePages)).toBe(
      "/employer/security/password",
    );
    expect(stageRedirect("PASSWORD_CHANGE", "/employer/cards", employerStagePages)).toBe(
      "/employer/security/password",
    );
    expect(
      stageRedirect("PASSWORD_CHANGE", "/employer/security/password", employerStagePages),
    ).toBeNull();
    expect(stageRedirect("FULL", "/employer/cards", employerStagePages)).toBeNull();
  });
});

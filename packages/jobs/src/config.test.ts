import { describe, expect, it } from "vitest";
import { readJobsConfig } from "./config";

describe("readJobsConfig()", () => {
  it("runs the jobs unless YIBAO_JOBS=off or --no-jobs says otherwise", () => {
    expect(readJobsConfig([], {})).toEqual({ enabled: true });
    expect(readJobsConfig(["--migrate"], { YIBAO_JOBS: "on" })).toEqual({ enabled: true });
    expect(readJobsConfig([], { YIBAO_JOBS: "Off" })).toEqual({ enabled: false });
    expect(readJobsConfig(["--no-jobs"], {})).toEqual({ enabled: false });
  });

  it("refuses any other value with a sentence saying what to set", () => {
    expect(() => readJobsConfig([], { YIBAO_JOBS: "false" })).toThrow(
      /YIBAO_JOBS must be on or off/,
    );
  });
});

import { z } from "zod";

const jobsSetting = z
  .enum(["on", "off"], {
    error:
      "YIBAO_JOBS must be on or off; off makes this process serve requests only, while another runs the jobs",
  })
  .default("on");

export interface JobsConfig {
  /** Whether this process works the job queue and keeps the schedules. */
  enabled: boolean;
}

/**
 * `YIBAO_JOBS=off` or the `--no-jobs` flag: a process that only serves. Every process of a
 * county's deployment may run the jobs at once; the queue runs each job once (docs/jobs.md).
 */
export function readJobsConfig(
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
): JobsConfig {
  const parsed = jobsSetting.safeParse(env.YIBAO_JOBS?.trim().toLowerCase() || undefined);
  if (!parsed.success) {
    throw new Error(`Yibao cannot start: ${parsed.error.issues[0]?.message}.`);
  }
  return { enabled: parsed.data === "on" && !args.includes("--no-jobs") };
}

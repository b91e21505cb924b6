import { batchSheet, newResidentId } from "@yibao/api/testing";
import { demoEmployerAgents } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "./testing/start-test-server";

describe.each(testDatabaseKinds())("an employer's batch over HTTP on %s", (kind) => {
  let running: TestServer;
  let cookie: string;

  beforeAll(async () => {
    running = await startTestServer({ kind, jobs: true });
    const { teaCompanyAgent } = demoEmployerAgents;
    const response = await fetch(`${running.baseUrl}/trpc/auth.employerLogin`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        creditCode: teaCompanyAgent.creditCode,
        residentId: teaCompanyAgent.residentId,
        password: teaCompanyAgent.password,
      }),
    });
    expect(response.status).toBe(200);
    cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^yibao_employer_session=/);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("takes the agent's file at POST /uploads, checks it on the server's job queue and reports it", async () => {
    const sheet = batchSheet([
      ["杨梅", newResidentId(900), "13700001111", "城关街道"],
      ["", newResidentId(901), "13700001111", ""],
    ]);
    const uploaded = await fetch(`${running.baseUrl}/uploads`, {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        "x-file-name": encodeURIComponent("员工名单.xlsx"),
        cookie,
      },
      body: sheet,
    });
    expect(uploaded.status).toBe(200);
    const { uploadId } = (await uploaded.json()) as { uploadId: string };
    const stored = await running.database.prisma.upload.findUniqueOrThrow({
      where: { id: uploadId },
    });
    expect(stored.uploadedByKind).toBe("EMPLOYER");
    expect(stored.employerId).not.toBeNull();

    const checking = await fetch(`${running.baseUrl}/trpc/employer.batches.check`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ uploadId }),
    });
    expect(checking.status).toBe(200);
    const { batchId } = ((await checking.json()) as { result: { data: { batchId: string } } })
      .result.data;
    const report = async () => {
      const response = await fetch(
        `${running.baseUrl}/trpc/employer.batches.get?input=${encodeURIComponent(JSON.stringify({ batchId }))}`,
        { headers: { cookie } },
      );
      return ((await response.json()) as { result: { data: Record<string, unknown> } }).result.data;
    };
    await vi.waitFor(async () => expect((await report()).status).toBe("CHECKED"), {
      timeout: 30_000,
      interval: 250,
    });
    expect(await report()).toMatchObject({
      progress: { done: 2, total: 2 },
      rows: {
        total: 2,
        valid: 1,
        invalid: [{ row: 3, errors: [{ column: "NAME", reason: "REQUIRED" }] }],
      },
    });
  });
});

import { createHash } from "node:crypto";
import { sessionCookieFor } from "@yibao/api/testing";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/start-test-server";

const csv = Buffer.from(
  "统一社会信用代码,身份证号码,费款所属期\n,530125196803120027,2026-10\n",
  "utf8",
);

describe.each(testDatabaseKinds())("POST /uploads on %s", (kind) => {
  let running: TestServer;
  let taxOfficer: string;

  beforeAll(async () => {
    running = await startTestServer({ kind });
    taxOfficer = await sessionCookieFor(running.database, { username: "tax01" }, new Date());
  });
  afterAll(async () => {
    await running?.stop();
  });

  const upload = (body: Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${running.baseUrl}/uploads`, {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        "x-file-name": encodeURIComponent("2026年10月 征收明细.csv"),
        cookie: taxOfficer,
        ...headers,
      },
      body,
    });

  it("keeps a signed-in officer's file and answers its id, size and SHA-256", async () => {
    const response = await upload(csv);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { uploadId: string; bytes: number; sha256: string };
    expect(answer).toMatchObject({
      bytes: csv.length,
      sha256: createHash("sha256").update(csv).digest("hex"),
    });
    const stored = await running.database.prisma.upload.findUniqueOrThrow({
      where: { id: answer.uploadId },
    });
    expect(stored.fileName).toBe("2026年10月 征收明细.csv");
    // Kept sealed, as personal data is: the ID numbers in it are not in the stored bytes.
    expect(Buffer.from(stored.bytes).includes(Buffer.from("530125"))).toBe(false);
    expect(running.database.protector.openBytes(stored.bytes, "upload.bytes").equals(csv)).toBe(
      true,
    );
    expect(
      await running.database.prisma.auditEvent.count({ where: { action: "upload.received" } }),
    ).toBeGreaterThan(0);
  });

  it("refuses a sender who is not signed in, or whose role sends no files", async () => {
    const anonymous = await upload(csv, { cookie: "" });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      error: { data: { domainCode: "UNAUTHENTICATED" } },
    });

    const auditor = await sessionCookieFor(running.database, { username: "auditor01" }, new Date());
    const refused = await upload(csv, { cookie: auditor });
    expect(refused.status).toBe(403);
  });

  it("refuses another site's page, another content type, no name and an empty body", async () => {
    expect((await upload(csv, { origin: "https://evil.example.com" })).status).toBe(403);
    expect((await upload(csv, { "content-type": "text/csv" })).status).toBe(415);
    const unnamed = await fetch(`${running.baseUrl}/uploads`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", cookie: taxOfficer },
      body: csv,
    });
    expect(unnamed.status).toBe(400);
    expect((await upload(new Uint8Array(0))).status).toBe(400);
  });

  it("refuses a file over 10 MB with a clear code, and keeps nothing", async () => {
    const before = await running.database.prisma.upload.count();
    const response = await upload(new Uint8Array(10 * 1024 * 1024 + 1));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { data: { domainCode: "FILE_TOO_LARGE" } },
    });
    expect(await running.database.prisma.upload.count()).toBe(before);
  });
});

import { demoAccounts, demoPhotoJpeg } from "@yibao/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/start-test-server";

describe("the interface's procedure names that tRPC reserves", () => {
  let running: TestServer;
  beforeAll(async () => {
    running = await startTestServer();
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("answers POST /trpc/citizen.card.apply: an online application as the interface names it", async () => {
    const post = (procedure: string, body: unknown, cookie = "") =>
      fetch(`${running.baseUrl}/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const login = await post("auth.citizenLogin", demoAccounts.sealedInsured);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const response = await post(
      "citizen.card.apply",
      {
        servicePointCode: "SP-CHENGGUAN",
        phone: "13608870562",
        photo: demoPhotoJpeg().toString("base64"),
      },
      cookie,
    );
    const body = (await response.json()) as {
      result?: { data: { status: string; channel: string } };
    };
    expect(response.status).toBe(200);
    expect(body.result?.data).toMatchObject({ status: "SUBMITTED", channel: "ONLINE" });
    expect((await post("citizen.card.apply", {})).status).toBe(401);
  });
});

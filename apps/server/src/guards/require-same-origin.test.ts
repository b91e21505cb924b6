import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Listening, listen } from "../testing/listen";
import { sendRequest } from "../testing/send-request";
import { requireSameOrigin } from "./require-same-origin";

async function guarded(publicOrigin: string | undefined): Promise<Listening> {
  const app = express();
  app.post("/change", requireSameOrigin(publicOrigin), (_req, res) => {
    res.send("passed");
  });
  return listen(app);
}

describe("requireSameOrigin() with PUBLIC_ORIGIN", () => {
  let running: Listening;
  const post = (headers: Record<string, string>) =>
    sendRequest(`${running.baseUrl}/change`, { method: "POST", headers });

  beforeAll(async () => {
    running = await guarded("https://yibao.example.gov.cn");
  });
  afterAll(async () => {
    await running?.close();
  });

  it("lets a page of the public origin through", async () => {
    const response = await post({ origin: "https://yibao.example.gov.cn" });
    expect(response.body).toBe("passed");
  });

  it.each([
    "https://evil.example.com",
    "http://yibao.example.gov.cn",
    "https://yibao.example.gov.cn:8443",
    "https://yibao.example.gov.cn.evil.example.com",
    "null",
  ])("refuses Origin %s with 403 and a Chinese sentence", async (origin) => {
    const response = await post({ origin });
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/[\u4e00-\u9fff]/);
    expect(response.body).not.toContain(origin);
  });

  it("goes by Origin over the Host the request names", async () => {
    const response = await post({ origin: "https://evil.example.com", host: "evil.example.com" });
    expect(response.status).toBe(403);
  });

  it.each(["same-origin", "none"])(
    "lets Sec-Fetch-Site: %s through without Origin",
    async (site) => {
      expect((await post({ "sec-fetch-site": site })).body).toBe("passed");
    },
  );

  it.each(["cross-site", "same-site"])(
    "refuses Sec-Fetch-Site: %s without Origin",
    async (site) => {
      expect((await post({ "sec-fetch-site": site })).status).toBe(403);
    },
  );

  it("lets a request with neither header through, as curl sends it", async () => {
    expect((await post({})).body).toBe("passed");
  });
});

describe("requireSameOrigin() without PUBLIC_ORIGIN (development)", () => {
  let running: Listening;
  let host: string;
  const post = (headers: Record<string, string>) =>
    sendRequest(`${running.baseUrl}/change`, { method: "POST", headers });

  beforeAll(async () => {
    running = await guarded(undefined);
    host = new URL(running.baseUrl).host;
  });
  afterAll(async () => {
    await running?.close();
  });

  it("lets a page served from the request's own Host through", async () => {
    expect((await post({ origin: `http://${host}` })).body).toBe("passed");
    expect((await post({ origin: `https://${host}` })).body).toBe("passed");
  });

  it("refuses a page of another host", async () => {
    expect((await post({ origin: "http://localhost:5173" })).status).toBe(403);
    expect((await post({ origin: "http://evil.example.com", host: "" })).status).toBe(403);
  });
});

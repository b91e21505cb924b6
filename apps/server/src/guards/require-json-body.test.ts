import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Listening, listen } from "../testing/listen";
import { requireJsonBody } from "./require-json-body";

describe("requireJsonBody()", () => {
  let running: Listening;
  const post = (contentType: string | undefined, body = "{}") =>
    fetch(`${running.baseUrl}/change`, {
      method: "POST",
      headers: contentType === undefined ? {} : { "content-type": contentType },
      body,
    });

  beforeAll(async () => {
    const app = express();
    app.post("/change", requireJsonBody, (_req, res) => {
      res.send("passed");
    });
    running = await listen(app);
  });
  afterAll(async () => {
    await running?.close();
  });

  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "Application/JSON;charset=UTF-8",
  ])("lets %s through", async (contentType) => {
    expect(await (await post(contentType)).text()).toBe("passed");
  });

  it("lets a JSON POST without a body through, as a mutation without input is sent", async () => {
    const response = await fetch(`${running.baseUrl}/change`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(await response.text()).toBe("passed");
  });

  it.each([
    "multipart/form-data; boundary=x",
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "application/jsonp",
    "text/plain; application/json",
  ])("answers %s with 415 and a Chinese sentence", async (contentType) => {
    const response = await post(contentType);
    expect(response.status).toBe(415);
    const text = await response.text();
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it("answers a POST without Content-Type with 415", async () => {
    const response = await fetch(`${running.baseUrl}/change`, {
      method: "POST",
      body: new Blob(["{}"]),
    });
    expect(response.status).toBe(415);
  });
});

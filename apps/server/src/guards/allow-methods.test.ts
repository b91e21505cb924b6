import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Listening, listen } from "../testing/listen";
import { sendRequest } from "../testing/send-request";
import { allowMethods } from "./allow-methods";

describe("allowMethods()", () => {
  let running: Listening;
  const send = (method: string) => sendRequest(`${running.baseUrl}/anything`, { method });

  beforeAll(async () => {
    const app = express();
    app.use(allowMethods(["GET", "HEAD", "POST"]));
    app.all("/anything", (_req, res) => {
      res.send("reached");
    });
    running = await listen(app);
  });
  afterAll(async () => {
    await running?.close();
  });

  it.each(["GET", "POST"])("lets %s reach the app", async (method) => {
    expect((await send(method)).body).toBe("reached");
  });

  it("lets HEAD reach the app", async () => {
    expect((await send("HEAD")).status).toBe(200);
  });

  it.each(["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"])(
    "answers %s with 405 and Allow, before any route",
    async (method) => {
      const response = await send(method);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST");
      expect(response.body).not.toContain("reached");
    },
  );

  it("answers OPTIONS with 204, Allow and no CORS headers", async () => {
    const response = await sendRequest(`${running.baseUrl}/anything`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example.com", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.allow).toBe("GET, HEAD, POST");
    expect(
      Object.keys(response.headers).filter((name) => name.startsWith("access-control")),
    ).toEqual([]);
  });
});

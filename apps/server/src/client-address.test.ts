import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { type Listening, listen } from "./testing/listen";
import { sendRequest } from "./testing/send-request";
import { trustProxySetting } from "./trust-proxy-setting";

describe("clientAddress() under TRUST_PROXY", () => {
  let running: Listening | undefined;
  afterEach(async () => {
    await running?.close();
  });

  /** The address the app records for a request carrying `forwardedFor`, under `TRUST_PROXY`. */
  async function recorded(trustProxy: string | undefined, forwardedFor: string) {
    const app = express();
    app.set("trust proxy", trustProxySetting.parse(trustProxy));
    app.get("/", (req, res) => {
      res.json({ address: clientAddress(req) });
    });
    running = await listen(app);
    const response = await sendRequest(`${running.baseUrl}/`, {
      method: "GET",
      headers: { "x-forwarded-for": forwardedFor },
    });
    return (JSON.parse(response.body) as { address: string | null }).address;
  }

  it("believes no X-Forwarded-For by default", async () => {
    expect(await recorded(undefined, "203.0.113.7")).toBe("127.0.0.1");
  });

  it("takes the entry the one trusted proxy added, not the client's first entry", async () => {
    expect(await recorded("1", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("walks back through trusted proxy addresses to the first untrusted one", async () => {
    expect(await recorded("loopback,10.0.0.0/8", "6.6.6.6, 203.0.113.7, 10.1.2.3")).toBe(
      "203.0.113.7",
    );
  });

  it("records null, never markup, when the forwarded entry is not an IP address", async () => {
    expect(await recorded("1", "<script>alert(1)</script>")).toBeNull();
    expect(await recorded("1", "203.0.113.7, <script>alert(1)</script>")).toBeNull();
  });

  it("stops at an entry that is not an IP address under an address list", async () => {
    expect(await recorded("loopback", "6.6.6.6, <script>alert(1)</script>")).toBeNull();
  });
});

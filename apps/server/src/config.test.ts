import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

/** Everything production needs, so that each test can take one piece away. */
const production = {
  NODE_ENV: "production",
  PUBLIC_ORIGIN: "https://yibao.example.gov.cn",
  YIBAO_DATA_KEYS: `k1:${randomBytes(32).toString("base64")}`,
  YIBAO_INDEX_KEY: randomBytes(32).toString("base64"),
};

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("loadConfig accepted the settings");
}

describe("loadConfig()", () => {
  it("starts in development with nothing set, trusting no proxy and with no public origin", () => {
    const config = loadConfig({});
    expect(config.production).toBe(false);
    expect(config.trustProxy).toBe(false);
    expect(config.publicOrigin).toBeUndefined();
    expect(config.secureCookies).toBe(false);
  });

  it.each(["production", "Production", "PRODUCTION", " production "])(
    "reads NODE_ENV=%s as production",
    (nodeEnv) => {
      const config = loadConfig({ ...production, NODE_ENV: nodeEnv });
      expect(config.production).toBe(true);
      expect(config.secureCookies).toBe(true);
    },
  );

  it.each(["prod", "staging", ""])("refuses NODE_ENV=%s with a sentence", (nodeEnv) => {
    expect(refusal({ NODE_ENV: nodeEnv })).toMatch(
      /NODE_ENV must be development, production or test/,
    );
  });

  it("delivers text messages to an SMS provider only when its address and token are both set", () => {
    expect(loadConfig({}).sms).toBeUndefined();
    expect(
      loadConfig({ SMS_HTTP_URL: "https://sms.example.gov.cn/send", SMS_HTTP_TOKEN: "t" }).sms,
    ).toEqual({ url: "https://sms.example.gov.cn/send", token: "t" });
    expect(refusal({ SMS_HTTP_URL: "https://sms.example.gov.cn/send" })).toMatch(
      /SMS_HTTP_URL and SMS_HTTP_TOKEN together/,
    );
    expect(refusal({ SMS_HTTP_URL: "not a url", SMS_HTTP_TOKEN: "t" })).toMatch(/SMS_HTTP_URL/);
  });

  it("normalises PUBLIC_ORIGIN as browsers send Origin", () => {
    expect(loadConfig({ PUBLIC_ORIGIN: "https://YiBao.Example.gov.cn:443/" }).publicOrigin).toBe(
      "https://yibao.example.gov.cn",
    );
    expect(loadConfig({ PUBLIC_ORIGIN: "http://localhost:3000" }).publicOrigin).toBe(
      "http://localhost:3000",
    );
  });

  it.each([
    "yibao.example.gov.cn",
    "https://yibao.example.gov.cn/staff/",
    "ftp://x",
    "https://a@b",
  ])("refuses PUBLIC_ORIGIN=%s, which is not an origin", (publicOrigin) => {
    expect(refusal({ PUBLIC_ORIGIN: publicOrigin })).toMatch(
      /PUBLIC_ORIGIN must be .* for example PUBLIC_ORIGIN=https:\/\//,
    );
  });

  describe("TRUST_PROXY", () => {
    it.each([
      ["1", 1],
      ["2", 2],
      ["false", false],
      ["0", false],
      ["10.0.0.0/8", ["10.0.0.0/8"]],
      ["10.0.0.1, 192.168.0.0/16", ["10.0.0.1", "192.168.0.0/16"]],
      ["loopback,fd00::/8", ["loopback", "fd00::/8"]],
    ])("reads %s", (value, expected) => {
      expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
    });

    it("refuses true, saying why and what to set", () => {
      const message = refusal({ TRUST_PROXY: "true" });
      expect(message).toMatch(/TRUST_PROXY=true is refused: .*the client writes itself/);
      expect(message).toMatch(/for example TRUST_PROXY=1/);
    });

    it.each(["10.0.0.0/33", "10.0.0.300", "proxy.internal", "1.5", "10.0.0.1/8/8", "::1/129"])(
      "refuses %s, naming it",
      (value) => {
        expect(refusal({ TRUST_PROXY: value })).toMatch(
          new RegExp(`TRUST_PROXY must be .*"${value.replace(/[.*/]/g, "\\$&")}" is neither`),
        );
      },
    );
  });

  describe("in production", () => {
    it("starts with every setting it needs, and hands the keys on to the database", () => {
      const config = loadConfig(production);
      expect(config.publicOrigin).toBe("https://yibao.example.gov.cn");
      expect(config.protection?.developmentKeys).toBe(false);
    });

    it("refuses SECURE_COOKIES=false", () => {
      expect(refusal({ ...production, SECURE_COOKIES: "false" })).toMatch(
        /SECURE_COOKIES=false is refused in production/,
      );
    });

    it("refuses to start without PUBLIC_ORIGIN", () => {
      expect(refusal({ ...production, PUBLIC_ORIGIN: "" })).toMatch(
        /Set PUBLIC_ORIGIN to the https address/,
      );
    });

    it("refuses a PUBLIC_ORIGIN that is not https", () => {
      expect(refusal({ ...production, PUBLIC_ORIGIN: "http://yibao.example.gov.cn" })).toMatch(
        /PUBLIC_ORIGIN must start with https:\/\/ in production/,
      );
    });

    it("refuses to start without YIBAO_DATA_KEYS", () => {
      expect(refusal({ ...production, YIBAO_DATA_KEYS: " " })).toMatch(
        /YIBAO_DATA_KEYS must be set/,
      );
    });

    it("refuses to start without YIBAO_INDEX_KEY", () => {
      expect(refusal({ ...production, YIBAO_INDEX_KEY: "" })).toMatch(
        /YIBAO_INDEX_KEY must be set/,
      );
    });

    it("refuses to start without either key, even when NODE_ENV=Production", () => {
      expect(
        refusal({
          ...production,
          NODE_ENV: "Production",
          YIBAO_DATA_KEYS: "",
          YIBAO_INDEX_KEY: "",
        }),
      ).toMatch(/YIBAO_DATA_KEYS and YIBAO_INDEX_KEY must be set in production/);
    });

    it("lists every problem at once, one sentence each", () => {
      const message = refusal({ NODE_ENV: "Production", SECURE_COOKIES: "false" });
      const sentences = message.split("\n").slice(1);
      expect(sentences).toHaveLength(3);
      expect(sentences.join("\n")).toMatch(
        /YIBAO_DATA_KEYS[^\n]*\n.*SECURE_COOKIES[^\n]*\n.*PUBLIC_ORIGIN/,
      );
    });

    it("does not ask for them in development, which gets development keys", () => {
      const config = loadConfig({ NODE_ENV: "development", SECURE_COOKIES: "false" });
      expect(config.protection?.developmentKeys).toBe(true);
    });
  });
});

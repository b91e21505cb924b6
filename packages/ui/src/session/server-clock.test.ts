import { afterEach, describe, expect, it } from "vitest";
import { recordServerDate, serverNow } from "./server-clock";

describe("serverNow()", () => {
  afterEach(() => recordServerDate(new Date().toUTCString()));

  it("follows the server when the device clock is an hour fast", () => {
    const deviceNow = Date.now();
    recordServerDate(new Date(deviceNow - 3_600_000).toUTCString(), deviceNow);
    expect(Math.abs(serverNow() - (Date.now() - 3_600_000))).toBeLessThan(2_000);
  });

  it("ignores the second or so lost to the header's precision and the trip", () => {
    const deviceNow = Date.now();
    recordServerDate(new Date(deviceNow - 900).toUTCString(), deviceNow);
    expect(Math.abs(serverNow() - Date.now())).toBeLessThan(50);
  });

  it("keeps the last measure when an answer has no usable Date header", () => {
    const deviceNow = Date.now();
    recordServerDate(new Date(deviceNow + 600_000).toUTCString(), deviceNow);
    recordServerDate(null);
    recordServerDate("not a date");
    expect(Math.abs(serverNow() - (Date.now() + 600_000))).toBeLessThan(2_000);
  });
});

import { describe, expect, it } from "vitest";
import { currentSale, nextSale, terminalTransactionIdOf } from "./sale-numbering";

const newTerminal = () => "K7Q2";

describe("currentSale()", () => {
  it("starts the day at 1 on a till that stored nothing, or something unreadable", () => {
    expect(currentSale(null, "2026-10-15", newTerminal)).toEqual({
      date: "2026-10-15",
      terminal: "K7Q2",
      counter: 1,
    });
    expect(currentSale({ date: "yesterday", counter: -1 }, "2026-10-15", newTerminal).counter).toBe(
      1,
    );
  });

  it("keeps a sale's number until it is done, across a reload", () => {
    const stored = { date: "2026-10-15", terminal: "AB12", counter: 7 };
    expect(currentSale(stored, "2026-10-15", newTerminal)).toEqual(stored);
  });

  it("starts a new day at 1, keeping the till's terminal code", () => {
    const stored = { date: "2026-10-14", terminal: "AB12", counter: 7 };
    expect(currentSale(stored, "2026-10-15", newTerminal)).toEqual({
      date: "2026-10-15",
      terminal: "AB12",
      counter: 1,
    });
  });
});

describe("nextSale()", () => {
  it("counts on within the day and from 1 on the next", () => {
    const sale = { date: "2026-10-15", terminal: "AB12", counter: 7 };
    expect(nextSale(sale, "2026-10-15").counter).toBe(8);
    expect(nextSale(sale, "2026-10-16")).toEqual({
      date: "2026-10-16",
      terminal: "AB12",
      counter: 1,
    });
  });
});

describe("terminalTransactionIdOf()", () => {
  it("writes the date, the terminal and the counter, in the characters the server accepts", () => {
    const number = terminalTransactionIdOf({ date: "2026-10-15", terminal: "AB12", counter: 7 });
    expect(number).toBe("20261015-AB12-0007");
    expect(number).toMatch(/^[0-9A-Za-z_-]{1,64}$/);
  });
});

import { randomBytes } from "node:crypto";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { signEcardToken } from "../ecard/ecard-token-codec";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const liXiulan = { residentId: "530125196803120027" };
const wangJianguo = { residentId: "530125196209080018" };
const seconds = (at: Date, n: number) => new Date(at.getTime() + n * 1000);
const nextDay = new Date("2026-11-26T02:00:00.000Z");

describe.each(testDatabaseKinds())("paying at a designated institution on %s", (kind) => {
  let seeded: Seeded;
  let pharmacy: Caller;
  let sale = 0;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    pharmacy = (await callerWithSession(seeded.database, { username: "pharmacy01" }, testNow))
      .caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const citizen = async (account: { residentId: string }, at: Date = testNow) =>
    (await callerWithSession(seeded.database, account, at)).caller;
  const operatorAt = async (username: string, at: Date) =>
    (await callerWithSession(seeded.database, { username }, at)).caller;
  const terminalId = () => {
    sale += 1;
    return `POS-${kind}-${sale}`;
  };

  async function balanceOf(account: { residentId: string }) {
    return (await (await citizen(account)).citizen.accountSummary()).balanceFen;
  }

  /** The person's ledger as the database holds it: the balance is the sum of the entries. */
  async function ledgerOf(account: { residentId: string }) {
    const { prisma, protector } = seeded.database;
    const person = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: protector.residentIdIndex(account.residentId) },
      include: { account: true },
    });
    const sum = await prisma.ledgerEntry.aggregate({
      where: { personId: person.id },
      _sum: { amountFen: true },
    });
    return {
      personId: person.id,
      balanceFen: person.account?.balanceFen,
      sumFen: sum._sum.amountFen,
    };
  }

  it("shows the e-card as a short-lived code that names nobody", async () => {
    const { token, expiresAt } = await (await citizen(liXiulan)).citizen.ecard.token();
    expect(new Date(expiresAt).getTime() - testNow.getTime()).toBe(60_000);
    expect(token).not.toContain(liXiulan.residentId);
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
    expect(Object.keys(payload).sort()).toEqual(["aud", "exp", "iat", "iss", "jti"]);
  });

  it("pays the bill from the account and shows the operator only the masked name and the split", async () => {
    const before = await balanceOf(liXiulan);
    const { token } = await (await citizen(liXiulan)).citizen.ecard.token();
    const paid = await pharmacy.staff.settlement.settle({
      token,
      terminalTransactionId: terminalId(),
      amountFen: 4_850,
    });
    expect(paid).toMatchObject({ fromAccountFen: 4_850, selfPayFen: 0, maskedName: "李*兰" });
    expect(JSON.stringify(paid)).not.toContain(String(before));
    expect(await balanceOf(liXiulan)).toBe(before - 4_850);

    // At once in the person's transactions, with the institution's name.
    const [latest] = (await (await citizen(liXiulan)).citizen.account.transactions({})).items;
    expect(latest).toMatchObject({
      kind: "SETTLEMENT_DEBIT",
      amountFen: -4_850,
      balanceAfterFen: before - 4_850,
      institution: { name: "云溪县百姓大药房", kind: "PHARMACY" },
      settlementId: paid.settlementId,
    });
  });

  it("pays what the balance covers and leaves the rest to the person", async () => {
    const before = await balanceOf(liXiulan);
    const { token } = await (await citizen(liXiulan)).citizen.ecard.token();
    const paid = await pharmacy.staff.settlement.settle({
      token,
      terminalTransactionId: terminalId(),
      amountFen: before + 12_345,
    });
    expect(paid).toMatchObject({ fromAccountFen: before, selfPayFen: 12_345 });
    expect(await balanceOf(liXiulan)).toBe(0);
    const ledger = await ledgerOf(liXiulan);
    expect(ledger.sumFen).toBe(0);
    // Give it back for the tests below.
    await pharmacy.staff.settlement.reverse({ settlementId: paid.settlementId });
    expect(await balanceOf(liXiulan)).toBe(before);
  });

  it("takes a token once: used, expired or forged, it is refused", async () => {
    const { token } = await (await citizen(liXiulan)).citizen.ecard.token();
    await pharmacy.staff.settlement.settle({
      token,
      terminalTransactionId: terminalId(),
      amountFen: 100,
    });
    const again = await refusalOf(
      pharmacy.staff.settlement.settle({
        token,
        terminalTransactionId: terminalId(),
        amountFen: 100,
      }),
    );
    expect(again.data.domainCode).toBe("ECARD_TOKEN_INVALID");

    const late = await (await citizen(liXiulan)).citizen.ecard.token();
    const afterExpiry = await operatorAt("pharmacy01", seconds(testNow, 61));
    expect(
      (
        await refusalOf(
          afterExpiry.staff.settlement.settle({
            token: late.token,
            terminalTransactionId: terminalId(),
            amountFen: 100,
          }),
        )
      ).data.domainCode,
    ).toBe("ECARD_TOKEN_INVALID");

    // A token of the right shape, signed by another key.
    const { prisma } = seeded.database;
    const person = await ledgerOf(liXiulan);
    const id = randomBytes(16).toString("base64url");
    await prisma.ecardToken.create({
      data: { id, personId: person.personId, issuedAt: testNow, expiresAt: seconds(testNow, 60) },
    });
    const foreignKey = { tokenKey: () => new Uint8Array(32).fill(7) } as unknown as Parameters<
      typeof signEcardToken
    >[0];
    const forged = await signEcardToken(foreignKey, {
      id,
      issuedAt: testNow,
      expiresAt: seconds(testNow, 60),
    });
    const refused = await refusalOf(
      pharmacy.staff.settlement.settle({
        token: forged,
        terminalTransactionId: terminalId(),
        amountFen: 100,
      }),
    );
    expect(refused.data.domainCode).toBe("ECARD_TOKEN_INVALID");
    expect(refused.message).not.toContain(forged);
    expect(await prisma.ecardToken.findUniqueOrThrow({ where: { id } })).toMatchObject({
      usedAt: null,
    });
  });

  it("refuses a sealed account with its reason, and charges nothing", async () => {
    const before = await ledgerOf(wangJianguo);
    const { token } = await (await citizen(wangJianguo)).citizen.ecard.token();
    const refused = await refusalOf(
      pharmacy.staff.settlement.settle({
        token,
        terminalTransactionId: terminalId(),
        amountFen: 2_000,
      }),
    );
    expect(refused.data).toMatchObject({ domainCode: "ACCOUNT_SEALED", sealedSince: "2026-07" });
    expect(await ledgerOf(wangJianguo)).toEqual(before);
    expect(
      await seeded.database.prisma.settlement.count({
        where: { ecardTokenId: { not: null }, personId: before.personId },
      }),
    ).toBe(0);
  });

  it("lets a sealed account pay where the county's setting allows it", async () => {
    const { prisma } = seeded.database;
    const setting = await prisma.countyParameter.create({
      data: {
        key: "SEALED_ACCOUNT_MAY_PAY",
        value: true,
        effectiveFrom: new Date("2026-11-25T00:00:00Z"),
        recordedAt: testNow,
        reason: "本县封存账户余额可支付门诊",
      },
    });
    try {
      const summary = await (await citizen(wangJianguo)).citizen.accountSummary();
      expect(summary).toMatchObject({ status: "SEALED", sealedAccountMayPay: true });
      const { token } = await (await citizen(wangJianguo)).citizen.ecard.token();
      const paid = await pharmacy.staff.settlement.settle({
        token,
        terminalTransactionId: terminalId(),
        amountFen: 1_500,
      });
      expect(paid.fromAccountFen).toBe(1_500);
      await pharmacy.staff.settlement.reverse({ settlementId: paid.settlementId });
    } finally {
      await prisma.countyParameter.delete({ where: { id: setting.id } });
    }
  });

  it("answers a terminal's retry with the same settlement, and refuses the number for another bill", async () => {
    const before = await balanceOf(liXiulan);
    const { token } = await (await citizen(liXiulan)).citizen.ecard.token();
    const request = { token, terminalTransactionId: terminalId(), amountFen: 2_600 };
    const [first, second] = await Promise.all([
      pharmacy.staff.settlement.settle(request),
      pharmacy.staff.settlement.settle(request),
    ]);
    expect(second).toEqual(first);
    // A retry after the code expired still gets the first answer.
    const later = await operatorAt("pharmacy01", seconds(testNow, 300));
    expect(await later.staff.settlement.settle(request)).toEqual(first);
    expect(await balanceOf(liXiulan)).toBe(before - 2_600);

    const other = await refusalOf(
      pharmacy.staff.settlement.settle({ ...request, amountFen: 9_999 }),
    );
    expect(other.data.domainCode).toBe("SETTLEMENT_CONFLICT");
  });

  it("reverses a settlement once, on the same day, by the same institution only", async () => {
    const before = await balanceOf(liXiulan);
    const { token } = await (await citizen(liXiulan)).citizen.ecard.token();
    const paid = await pharmacy.staff.settlement.settle({
      token,
      terminalTransactionId: terminalId(),
      amountFen: 3_300,
    });
    const hospital = await operatorAt("hospital01", testNow);
    expect(
      (await refusalOf(hospital.staff.settlement.reverse({ settlementId: paid.settlementId }))).data
        .domainCode,
    ).toBe("NOT_FOUND");
    const tomorrow = await operatorAt("pharmacy01", nextDay);
    expect(
      (await refusalOf(tomorrow.staff.settlement.reverse({ settlementId: paid.settlementId })))
        .data,
    ).toMatchObject({ domainCode: "REVERSAL_NOT_ALLOWED", reason: "NOT_SAME_DAY" });

    const reversed = await pharmacy.staff.settlement.reverse({ settlementId: paid.settlementId });
    expect(reversed.refundedToAccountFen).toBe(3_300);
    expect(await balanceOf(liXiulan)).toBe(before);
    expect(
      (await refusalOf(pharmacy.staff.settlement.reverse({ settlementId: paid.settlementId })))
        .data,
    ).toMatchObject({ domainCode: "REVERSAL_NOT_ALLOWED", reason: "ALREADY_REVERSED" });

    const reversal = (
      await (await citizen(liXiulan)).citizen.account.transactions({ kind: "REVERSAL" })
    ).items.find((entry) => entry.settlementId === paid.settlementId);
    expect(reversal).toMatchObject({
      amountFen: 3_300,
      reverses: "SETTLEMENT_DEBIT",
      institution: { name: "云溪县百姓大药房" },
    });
    const today = await pharmacy.staff.settlement.list();
    expect(today.items.find((item) => item.settlementId === paid.settlementId)).toMatchObject({
      reversible: false,
      maskedName: "李*兰",
    });
  });

  it("never overdraws an account under 50 settlements at once, each sent twice, each applied once", async () => {
    const { prisma, protector } = seeded.database;
    const ledger = await ledgerOf(liXiulan);
    const before = Number(ledger.balanceFen);
    // 50 bills that together ask for more than the balance.
    const amount = Math.ceil((before * 1.5) / 50);
    const requests = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const id = randomBytes(16).toString("base64url");
        await prisma.ecardToken.create({
          data: {
            id,
            personId: ledger.personId,
            issuedAt: testNow,
            expiresAt: seconds(testNow, 60),
          },
        });
        const token = await signEcardToken(protector, {
          id,
          issuedAt: testNow,
          expiresAt: seconds(testNow, 60),
        });
        return { token, terminalTransactionId: terminalId(), amountFen: amount };
      }),
    );
    const answers = await Promise.all(
      [...requests, ...requests].map((request) => pharmacy.staff.settlement.settle(request)),
    );
    const settlements = new Map(answers.map((answer) => [answer.settlementId, answer]));
    expect(settlements.size).toBe(50);
    const fromAccount = [...settlements.values()].reduce((sum, s) => sum + s.fromAccountFen, 0);
    expect(fromAccount).toBe(before);
    for (const s of settlements.values()) expect(s.fromAccountFen + s.selfPayFen).toBe(amount);

    const after = await ledgerOf(liXiulan);
    expect(after.balanceFen).toBe(0);
    expect(after.sumFen).toBe(0);
    const debits = await prisma.ledgerEntry.count({
      where: { personId: ledger.personId, settlementId: { in: [...settlements.keys()] } },
    });
    expect(debits).toBe([...settlements.values()].filter((s) => s.fromAccountFen > 0).length);
    const negative = await prisma.ledgerEntry.count({
      where: { personId: ledger.personId, balanceAfterFen: { lt: 0 } },
    });
    expect(negative).toBe(0);
  });
});

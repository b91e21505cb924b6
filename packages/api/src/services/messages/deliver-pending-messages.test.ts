import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { deliverPendingMessages, deliveryPolicy } from "./deliver-pending-messages";
import { createOutboxMessageGateway } from "./outbox-message-gateway";
import { createHttpSmsSender, SmsRefusedError, type SmsSender } from "./sms-sender";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** A provider that answers as told and keeps what it was handed. */
function fakeSender(answer: () => Promise<void>) {
  const handed: string[] = [];
  const sender: SmsSender = {
    name: "fake",
    async send(message) {
      handed.push(message.reference);
      await answer();
    },
  };
  return { sender, handed };
}

describe.each(testDatabaseKinds())("deliverPendingMessages() on %s", (kind) => {
  let seeded: Seeded;
  let received: Array<{ phone: string; text: string; authorization: string | undefined }>;
  let url: string;
  const provider = createServer(async (request, response) => {
    const body = JSON.parse(await bodyOf(request));
    received.push({ ...body, authorization: request.headers.authorization });
    response.writeHead(200).end();
  });

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/sms`;
  });
  beforeEach(async () => {
    // Each case starts from an empty outbox, whatever the one before left in it.
    await seeded.database.prisma.outboundMessage.deleteMany();
    received = [];
  });
  afterAll(async () => {
    provider.close();
    await seeded?.drop();
  });

  async function queue(phone: string, dedupeKey?: string) {
    const gateway = createOutboxMessageGateway(seeded.database.protector);
    await gateway.send(
      seeded.database.prisma,
      {
        phone,
        templateId: "VERIFICATION_CODE",
        params: { code: "246810", minutes: "5" },
        ...(dedupeKey ? { dedupeKey } : {}),
      },
      testNow,
    );
  }
  const deliver = (sender: SmsSender, now: Date) =>
    deliverPendingMessages({ ...seeded.database, sender, now });
  const onlyMessage = async () => {
    const [message, ...others] = await seeded.database.prisma.outboundMessage.findMany();
    expect(others).toEqual([]);
    if (!message) throw new Error("the outbox is empty");
    return message;
  };

  it("sends each pending message once, rendered, with the provider's token, and marks it sent", async () => {
    await queue("13900000001");
    const sender = createHttpSmsSender({ url, token: "t0ken" });
    expect(await deliver(sender, testNow)).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(await deliver(sender, minutesAfter(testNow, 60))).toEqual({
      sent: 0,
      failed: 0,
      retrying: 0,
    });
    expect(received).toEqual([
      {
        phone: "13900000001",
        text: expect.stringContaining("验证码是246810"),
        reference: expect.any(String),
        authorization: "Bearer t0ken",
      },
    ]);
    expect(await onlyMessage()).toMatchObject({ status: "SENT", sentAt: testNow, attempts: 1 });
  });

  it("queues a message with a dedupe key once, however often it is sent", async () => {
    await queue("13900000003", "sms:test:once");
    await queue("13900000003", "sms:test:once");
    await Promise.all([
      queue("13900000003", "sms:test:once"),
      queue("13900000003", "sms:test:once"),
    ]);
    expect(await seeded.database.prisma.outboundMessage.count()).toBe(1);
  });

  it("retries a refused message after 1, 5, 15 and 60 minutes, then fails it for staff to see and resend", async () => {
    await queue("13900000002");
    const refusing = fakeSender(async () => {
      throw new SmsRefusedError("HTTP_503");
    });
    let now = testNow;
    expect(await deliver(refusing.sender, now)).toEqual({ sent: 0, failed: 0, retrying: 1 });
    expect(await onlyMessage()).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastAttemptAt: now,
      lastError: "HTTP_503",
      nextAttemptAt: minutesAfter(now, 1),
    });
    for (const wait of [1, 5, 15]) {
      // Not before its time: a run half-way through the wait claims nothing.
      expect(await deliver(refusing.sender, minutesAfter(now, wait / 2))).toMatchObject({
        retrying: 0,
      });
      now = minutesAfter(now, wait);
      expect(await deliver(refusing.sender, now)).toMatchObject({ retrying: 1 });
    }
    now = minutesAfter(now, 60);
    expect(await deliver(refusing.sender, now)).toEqual({ sent: 0, failed: 1, retrying: 0 });
    expect(refusing.handed).toHaveLength(deliveryPolicy.maxAttempts);
    const failed = await onlyMessage();
    expect(failed).toMatchObject({
      status: "FAILED",
      attempts: deliveryPolicy.maxAttempts,
      lastError: "HTTP_503",
      nextAttemptAt: null,
    });
    expect(await deliver(refusing.sender, minutesAfter(now, 600))).toMatchObject({ failed: 0 });

    // The county centre sees it, masked, and sends it again once.
    const { caller } = await callerWithSession(seeded.database, { username: "centre01" }, now);
    const listed = await caller.staff.deliveries.list({});
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: failed.id,
        status: "FAILED",
        phone: "139****0002",
        templateId: "VERIFICATION_CODE",
        reference: null,
        attempts: 5,
        lastError: "HTTP_503",
        lastAttemptAt: now.toISOString(),
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain("246810");
    expect(await caller.staff.deliveries.retry({ id: failed.id })).toEqual({
      id: failed.id,
      status: "PENDING",
    });
    const again = await refusalOf(caller.staff.deliveries.retry({ id: failed.id }));
    expect(again.data.domainCode).toBe("ACTION_NOT_ALLOWED");
    const resent = await seeded.database.prisma.auditEvent.findMany({
      where: { action: "message.resent" },
    });
    expect(resent.map((entry) => entry.detail)).toEqual([
      { messageId: failed.id, templateId: "VERIFICATION_CODE" },
    ]);
    expect((await caller.staff.deliveries.list({})).items).toEqual([]);

    const accepting = fakeSender(async () => undefined);
    expect(await deliver(accepting.sender, minutesAfter(now, 1))).toMatchObject({ sent: 1 });
    expect(await onlyMessage()).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("shows staff a message still retrying after repeated refusals, and keeps TIMEOUT as its error", async () => {
    await queue("13900000004");
    const timingOut = fakeSender(async () => {
      throw new DOMException("The operation timed out.", "TimeoutError");
    });
    await deliver(timingOut.sender, testNow);
    const { caller } = await callerWithSession(seeded.database, { username: "admin01" }, testNow);
    expect((await caller.staff.deliveries.list({})).items).toEqual([]);
    await deliver(timingOut.sender, minutesAfter(testNow, 1));
    expect((await caller.staff.deliveries.list({})).items).toEqual([
      expect.objectContaining({ status: "PENDING", attempts: 2, lastError: "TIMEOUT" }),
    ]);
  });

  it("marks a message SENT once, sent once, when two deliveries run at once", async () => {
    await queue("13900000005");
    await queue("13900000006");
    const slow = fakeSender(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const tallies = await Promise.all([
      deliver(slow.sender, testNow),
      deliver(slow.sender, testNow),
    ]);
    expect(tallies.reduce((sum, tally) => sum + tally.sent, 0)).toBe(2);
    expect(slow.handed).toHaveLength(2);
    expect(new Set(slow.handed).size).toBe(2);
    const rows = await seeded.database.prisma.outboundMessage.findMany();
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["SENT", 1],
      ["SENT", 1],
    ]);
  });
});

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { deliverPendingMessages, deliveryPolicy } from "./deliver-pending-messages";
import { createOutboxMessageGateway } from "./outbox-message-gateway";
import { createHttpSmsSender } from "./sms-sender";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe.each(testDatabaseKinds())("deliverPendingMessages() on %s", (kind) => {
  let seeded: Seeded;
  let received: Array<{ phone: string; text: string; authorization: string | undefined }>;
  let answer = 200;
  let url: string;
  const provider = createServer(async (request, response) => {
    const body = JSON.parse(await bodyOf(request));
    received.push({ ...body, authorization: request.headers.authorization });
    response.writeHead(answer).end();
  });

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/sms`;
  });
  afterAll(async () => {
    provider.close();
    await seeded?.drop();
  });

  async function queue(phone: string) {
    const gateway = createOutboxMessageGateway(seeded.database.protector);
    await gateway.send(
      seeded.database.prisma,
      { phone, templateId: "VERIFICATION_CODE", params: { code: "246810", minutes: "5" } },
      testNow,
    );
  }

  it("sends each pending message once, rendered, with the provider's token, and marks it sent", async () => {
    received = [];
    answer = 200;
    await queue("13900000001");
    const sender = createHttpSmsSender({ url, token: "t0ken" });
    const deps = { ...seeded.database, sender, now: testNow };
    expect(await deliverPendingMessages(deps)).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(await deliverPendingMessages(deps)).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(received).toEqual([
      {
        phone: "13900000001",
        text: expect.stringContaining("验证码是246810"),
        reference: expect.any(String),
        authorization: "Bearer t0ken",
      },
    ]);
  });

  it("retries a refused message and, after the last try, marks it failed for staff to see", async () => {
    received = [];
    answer = 503;
    await queue("13900000002");
    const sender = createHttpSmsSender({ url, token: "t0ken" });
    const deps = { ...seeded.database, sender, now: testNow };
    for (let attempt = 1; attempt < deliveryPolicy.maxAttempts; attempt++) {
      expect(await deliverPendingMessages(deps)).toMatchObject({ retrying: 1 });
    }
    expect(await deliverPendingMessages(deps)).toMatchObject({ failed: 1 });
    expect(received).toHaveLength(deliveryPolicy.maxAttempts);
    const failed = await seeded.database.prisma.outboundMessage.findMany({
      where: { status: "FAILED" },
    });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.attempts).toBe(deliveryPolicy.maxAttempts);
  });
});

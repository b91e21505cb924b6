import { demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { applicationStatuses, residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "../../testing/read-outbox";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { recordSystemActions } from "../cards/record-system-actions";
import { applicationTemplateOf, renderMessage } from "../messages/message-templates";
import { systemContext } from "../system-context";
import { notifyPerson } from "./notify-person";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

describe("the text message of every application status", () => {
  it("is signed, names the receipt number, and leaves no blank", () => {
    const params = {
      reference: "YX2026112500001",
      placeName: "城关街道医保服务点",
      placeAddress: "城关镇人民路 1 号",
      placeHours: "周一至周五 8:30-17:00",
      pickupBy: "2027-05-24",
      recallBy: "2027-11-20",
    };
    for (const status of applicationStatuses) {
      const text = renderMessage(applicationTemplateOf(status), params);
      expect(text, status).toMatch(/^【云溪医保】/);
      expect(text, status).toContain(params.reference);
      expect(text, status).not.toMatch(/undefined|null/);
    }
    expect(renderMessage(applicationTemplateOf("READY_FOR_PICKUP"), params)).toBe(
      "【云溪医保】您的医保卡（YX2026112500001）已制好，请于2027-05-24前携带本人有效证件到城关街道医保服务点（城关镇人民路 1 号，周一至周五 8:30-17:00）领取。",
    );
  });
});

describe.each(testDatabaseKinds())("messages on an application's changes on %s", (kind) => {
  let seeded: Seeded;
  let residentId: string;
  const phone = "13712340077";

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const { prisma, protector } = seeded.database;
    const first17 = "53012519850505031";
    residentId = first17 + residentIdCheckCharacter(first17);
    await prisma.person.create({
      data: {
        residentIdIndex: protector.residentIdIndex(residentId),
        residentIdSealed: protector.seal(residentId, "person.resident-id"),
        name: "消息测试",
        sex: "M",
        birthDate: new Date("1985-05-05T00:00:00Z"),
      },
    });
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("tells each change of status and a settled due date, in the inbox and by SMS, once each", async () => {
    const { caller } = await callerWithSession(
      seeded.database,
      { username: "chengguan01" },
      testNow,
    );
    const submitted = await caller.staff.applications.register({
      channel: "SERVICE_POINT",
      residentId,
      phone,
      photo: demoPhotoJpeg().toString("base64"),
    });
    // A verification leaves the status as it was: nothing to tell.
    await caller.staff.applications.verify({
      applicationId: submitted.id,
      version: submitted.version,
      insured: true,
    });
    const settled = await recordSystemActions(
      systemContext(seeded.database, new Date(testNow.getTime() + 60_000), "calendar.set-year"),
      [submitted.id],
      () => ({
        type: "DUE_DATE_CHANGED",
        from: "2026-11-30",
        to: "2026-12-01",
        calendarYear: 2026,
      }),
    );
    expect(settled.recorded).toBe(1);

    const texts = (await readOutbox(seeded.database, phone)).reverse();
    expect(texts.map((text) => text.templateId)).toEqual([
      "APPLICATION_SUBMITTED",
      "DUE_DATE_CHANGED",
    ]);
    expect(texts[1]?.params).toMatchObject({
      reference: submitted.reference,
      dueDate: "2026-12-01",
    });
    expect(JSON.stringify(texts)).not.toContain(residentId);
    const inbox = await seeded.database.prisma.citizenNotification.findMany({
      where: { applicationId: submitted.id },
      orderBy: { createdAt: "asc" },
    });
    expect(inbox.map((row) => row.topic)).toEqual(["APPLICATION_STATUS", "DUE_DATE_CHANGED"]);

    // The same notice again (a retried job): nothing more is queued.
    const row = await seeded.database.prisma.cardApplication.findUniqueOrThrow({
      where: { id: submitted.id },
    });
    await notifyPerson(seeded.database.prisma, systemContext(seeded.database, testNow, "test"), {
      application: row,
      kind: "DUE_DATE_CHANGED",
      pickupBy: null,
      dueDate: "2026-12-01",
      dedupeKey: inbox[1]?.dedupeKey ?? "",
    });
    expect(await readOutbox(seeded.database, phone)).toHaveLength(2);
    expect(
      await seeded.database.prisma.citizenNotification.count({
        where: { applicationId: submitted.id },
      }),
    ).toBe(2);
  });
});

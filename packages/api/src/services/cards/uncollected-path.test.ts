import { demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { epochDayOf, isoDateOfEpochDay, residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "../../testing/read-outbox";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { systemContext } from "../system-context";
import { cancelUncollected } from "./cancel-uncollected";
import { expirePickup } from "./expire-pickup";
import { recallDeadlineOf } from "./recall-deadline-of";
import { sendPickupReminders } from "./send-pickup-reminders";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const phone = "13712340088";
/** 09:00 in China on `date` ('YYYY-MM-DD'): when the card jobs run. */
const morningOf = (date: string) => new Date(`${date}T01:00:00.000Z`);
const plusDays = (date: string, days: number) => isoDateOfEpochDay(epochDayOf(date) + days);

describe.each(testDatabaseKinds())("the uncollected-card path on %s", (kind) => {
  let seeded: Seeded;
  let residentId: string;
  let applicationId: string;
  let pickupBy: string;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const { prisma, protector } = seeded.database;
    const first17 = "53012519790606031";
    residentId = first17 + residentIdCheckCharacter(first17);
    await prisma.person.create({
      data: {
        residentIdIndex: protector.residentIdIndex(residentId),
        residentIdSealed: protector.seal(residentId, "person.resident-id"),
        name: "逾期测试",
        sex: "M",
        birthDate: new Date("1979-06-06T00:00:00Z"),
      },
    });
    // A card registered, made and ready at the 城关 service point on the test's Wednesday.
    const { caller } = await callerWithSession(
      seeded.database,
      { username: "chengguan01" },
      testNow,
    );
    const api = caller.staff.applications;
    let view = await api.register({
      channel: "SERVICE_POINT",
      residentId,
      phone,
      photo: demoPhotoJpeg().toString("base64"),
    });
    const on = () => ({ applicationId: view.id, version: view.version });
    view = await api.verify({ ...on(), insured: true });
    view = await api.approve(on());
    view = await api.startProduction(on());
    view = await api.markReady(on());
    applicationId = view.id;
    pickupBy = view.pickupBy ?? "";
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const texts = async () => (await readOutbox(seeded.database, phone)).reverse();
  const job = (name: string, date: string) => systemContext(seeded.database, morningOf(date), name);
  const application = () =>
    seeded.database.prisma.cardApplication.findUniqueOrThrow({
      where: { id: applicationId },
      include: { actions: { orderBy: { seq: "asc" } } },
    });

  it("tells the holder by text message where the ready card waits and until when", async () => {
    expect(pickupBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ready = (await texts()).find(
      (text) => text.templateId === "APPLICATION_READY_FOR_PICKUP",
    );
    expect(ready?.params).toMatchObject({ pickupBy, placeName: expect.stringContaining("城关") });
    expect(JSON.stringify(await texts())).not.toContain(residentId);
  });

  // The demo county has cards of its own on the same path: the counts below are this card's.
  const remindersSent = async () =>
    (await texts())
      .filter((text) => text.templateId === "PICKUP_REMINDER")
      .map((text) => text.params.daysLeft);

  it("reminds 30 and then 7 days before the last day, once each however often the job runs", async () => {
    const thirtyBefore = plusDays(pickupBy, -30);
    await sendPickupReminders(job("cards.remind-pickup", plusDays(thirtyBefore, -1)));
    expect(await remindersSent()).toEqual([]);
    await sendPickupReminders(job("cards.remind-pickup", thirtyBefore));
    await sendPickupReminders(job("cards.remind-pickup", thirtyBefore));
    expect(await remindersSent()).toEqual(["30"]);
    // The next mornings owe nothing: the 30-day reminder went, the 7-day one is not due yet.
    await sendPickupReminders(job("cards.remind-pickup", plusDays(thirtyBefore, 1)));
    await sendPickupReminders(job("cards.remind-pickup", plusDays(pickupBy, -8)));
    expect(await remindersSent()).toEqual(["30"]);
    const sevenBefore = plusDays(pickupBy, -7);
    await sendPickupReminders(job("cards.remind-pickup", sevenBefore));
    await sendPickupReminders(job("cards.remind-pickup", sevenBefore));
    await sendPickupReminders(job("cards.remind-pickup", plusDays(sevenBefore, 1)));
    expect(await remindersSent()).toEqual(["30", "7"]);

    const [, seven] = (await texts()).filter((text) => text.templateId === "PICKUP_REMINDER");
    expect(seven?.params).toMatchObject({ pickupBy, placeName: expect.stringContaining("城关") });
    const inbox = await seeded.database.prisma.citizenNotification.findMany({
      where: { applicationId, topic: "PICKUP_REMINDER" },
    });
    expect(inbox).toHaveLength(2);
    expect((await application()).status).toBe("READY_FOR_PICKUP");
  });

  it("keeps the card ready on its last day and makes it UNCOLLECTED the day after, once", async () => {
    await expirePickup(job("cards.expire-pickup", pickupBy));
    expect((await application()).status).toBe("READY_FOR_PICKUP");
    const dayAfter = plusDays(pickupBy, 1);
    // Two runs at once (two processes, a retry overlapping a run), then one more: one expiry.
    const runs = await Promise.all([
      expirePickup(job("cards.expire-pickup", dayAfter)),
      expirePickup(job("cards.expire-pickup", dayAfter)),
    ]);
    expect(runs.reduce((sum, run) => sum + run.recorded, 0)).toBeGreaterThan(0);
    expect(await expirePickup(job("cards.expire-pickup", dayAfter))).toEqual({
      recorded: 0,
      skipped: 0,
    });

    const row = await application();
    expect(row.status).toBe("UNCOLLECTED");
    const expiries = row.actions.filter((action) => action.action === "EXPIRE_PICKUP");
    expect(expiries).toHaveLength(1);
    expect(expiries[0]).toMatchObject({ actorKind: "SYSTEM", actorId: "cards.expire-pickup" });
    expect(expiries[0]?.detail).toMatchObject({ pickupDeadline: pickupBy });
    const uncollected = (await texts()).filter(
      (text) => text.templateId === "APPLICATION_UNCOLLECTED",
    );
    expect(uncollected).toHaveLength(1);
    expect(uncollected[0]?.params.recallBy).toBe(recallDeadlineOf(pickupBy, row.recallDays));
  });

  it("puts it on the service point's recall list, from which a clerk sends it back", async () => {
    const at = morningOf(plusDays(pickupBy, 3));
    const { caller } = await callerWithSession(seeded.database, { username: "chengguan01" }, at);
    const recall = await caller.staff.applications.queue({ queue: "RECALL", limit: 100 });
    expect(recall.items.map((item) => item.id)).toContain(applicationId);

    const view = await caller.staff.applications.get({ applicationId });
    expect(view.availableActions).toContain("RETURN_TO_CENTRE");
    const returned = await caller.staff.applications.returnToCentre({
      applicationId,
      version: view.version,
    });
    expect(returned.status).toBe("RETURNED_TO_CENTRE");
    const text = (await texts()).find((t) => t.templateId === "APPLICATION_RETURNED_TO_CENTRE");
    expect(text?.params.placeName).toContain("县医保中心");
    const entry = await seeded.database.prisma.auditEvent.findFirst({
      where: { action: "application.action-recorded", actorKind: "STAFF", occurredAt: at },
    });
    expect(entry?.detail).toMatchObject({ applicationId, type: "RETURN_TO_CENTRE" });
  });

  it("cancels it the day after the recall period, once, and the holder reads every step", async () => {
    const row = await application();
    const recallBy = recallDeadlineOf(pickupBy, row.recallDays);
    await cancelUncollected(job("cards.cancel-uncollected", recallBy));
    expect((await application()).status).toBe("RETURNED_TO_CENTRE");
    const dayAfter = plusDays(recallBy, 1);
    expect(
      (await cancelUncollected(job("cards.cancel-uncollected", dayAfter))).recorded,
    ).toBeGreaterThan(0);
    expect(await cancelUncollected(job("cards.cancel-uncollected", dayAfter))).toEqual({
      recorded: 0,
      skipped: 0,
    });

    const expired = await application();
    expect(expired.status).toBe("EXPIRED");
    expect(expired.closedAt).not.toBeNull();
    expect(expired.actions.map((action) => action.action).slice(-3)).toEqual([
      "EXPIRE_PICKUP",
      "RETURN_TO_CENTRE",
      "CANCEL_UNCOLLECTED",
    ]);

    const { caller } = await callerWithSession(
      seeded.database,
      { residentId },
      morningOf(dayAfter),
    );
    const inbox = await caller.citizen.notifications.list({});
    expect(inbox.items.slice(0, 5).map((item) => item.title)).toEqual([
      "医保卡已注销",
      "医保卡已退回县医保中心",
      "医保卡领取已逾期",
      "医保卡领取提醒",
      "医保卡领取提醒",
    ]);
    expect(inbox.items[0]?.body).toContain(recallBy);
    expect((await texts()).at(-1)?.templateId).toBe("APPLICATION_EXPIRED");
  });
});

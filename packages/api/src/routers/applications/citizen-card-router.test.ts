import { demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const photo = demoPhotoJpeg().toString("base64");
const wangJianguo = "530125196209080018";
/** Friday 2026-11-27, 10:00 in China: two days after `testNow`. */
const friday = new Date("2026-11-27T02:00:00.000Z");

/** The demo photo with the width in its frame header changed (SOF0 or SOF2). */
function photoWithWidth(width: number): Buffer {
  const bytes = Buffer.from(demoPhotoJpeg());
  const frame = frameHeaderAt(bytes);
  bytes.writeUInt16BE(width, frame + 7);
  return bytes;
}

/** Where the frame header marker (FF C0 or FF C2) sits in the demo photo. */
function frameHeaderAt(bytes: Buffer): number {
  for (let at = 2; at + 1 < bytes.length; at++) {
    if (bytes[at] === 0xff && (bytes[at + 1] === 0xc0 || bytes[at + 1] === 0xc2)) return at;
  }
  throw new Error("the demo photo has no frame header");
}

describe.each(testDatabaseKinds())("citizen.card on %s", (kind) => {
  let seeded: Seeded;
  let clerk: Caller;
  let centre: Caller;
  let people = 0;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    clerk = (await callerWithSession(seeded.database, { username: "chengguan01" }, testNow)).caller;
    centre = (await callerWithSession(seeded.database, { username: "centre01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** An insured adult of the county with no card and no application, signed in online. */
  async function newCitizen(at: Date = testNow) {
    people += 1;
    const first17 = `53012519800101${String(100 + people * 2 + 1).padStart(3, "0")}`;
    const residentId = first17 + residentIdCheckCharacter(first17);
    const person = await seeded.database.prisma.person.create({
      data: {
        residentIdIndex: seeded.database.protector.residentIdIndex(residentId),
        residentIdSealed: seeded.database.protector.seal(residentId, "person.resident-id"),
        name: `测试${people}`,
        sex: "M",
        birthDate: new Date("1980-01-01T00:00:00Z"),
      },
    });
    const { caller } = await callerWithSession(seeded.database, { residentId }, at);
    return { caller, residentId, personId: person.id };
  }

  function applyAtChengguan(citizen: Caller, idempotencyKey?: string) {
    return citizen.citizen.card.applyOnline({
      servicePointCode: "SP-CHENGGUAN",
      phone: "13608870562",
      photo,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  /** The counter takes an application from SUBMITTED to COLLECTED, one step at a time. */
  async function walkToCollected(
    applicationId: string,
    afterEach?: (view: { status: string }) => Promise<void>,
  ) {
    let view = await clerk.staff.applications.get({ applicationId });
    const steps = [
      () =>
        clerk.staff.applications.verify({ applicationId, version: view.version, insured: true }),
      () => clerk.staff.applications.approve({ applicationId, version: view.version }),
      () => clerk.staff.applications.startProduction({ applicationId, version: view.version }),
      () => clerk.staff.applications.markReady({ applicationId, version: view.version }),
      () =>
        clerk.staff.applications.handOver({
          applicationId,
          version: view.version,
          collector: { kind: "SELF" },
        }),
    ];
    for (const step of steps) {
      view = await step();
      await afterEach?.(view);
    }
    return view;
  }

  /** A person holding an active card, issued on the spot at the county centre. */
  async function citizenWithCard() {
    const citizen = await newCitizen();
    await centre.staff.applications.issueOnTheSpot({
      applicant: "SELF",
      residentId: citizen.residentId,
      phone: "13608870562",
      photo,
    });
    const card = await seeded.database.prisma.card.findFirstOrThrow({
      where: { personId: citizen.personId, status: "ACTIVE" },
    });
    return { ...citizen, card };
  }

  const cardStatus = async (id: string) =>
    (await seeded.database.prisma.card.findUniqueOrThrow({ where: { id } })).status;

  it("takes 王建国's online application from SUBMITTED to COLLECTED, due on the 3rd working day, each step audited and notified", async () => {
    const { caller: citizen } = await callerWithSession(
      seeded.database,
      { residentId: wangJianguo },
      testNow,
    );
    const submitted = await applyAtChengguan(citizen);
    expect(submitted).toMatchObject({
      status: "SUBMITTED",
      channel: "ONLINE",
      kind: "FIRST_ISSUE",
      applicantKind: "SELF",
      servicePoint: { code: "SP-CHENGGUAN" },
      // Wed 2026-11-25 → Thu 26, Fri 27, Mon 30.
      dueDate: "2026-11-30",
      dueDateProvisional: false,
      workingDaysLeft: 3,
      pickupBy: null,
      cardNumber: null,
    });
    expect(submitted.reference).toMatch(/^YX20261125\d+$/);

    const seen: string[] = [];
    const final = await walkToCollected(submitted.id, async () => {
      const overview = await citizen.citizen.card.overview();
      const mine = overview.applications.find((application) => application.id === submitted.id);
      seen.push(mine?.status ?? "MISSING");
      if (mine?.status === "READY_FOR_PICKUP") expect(mine.pickupBy).toBe("2027-05-24");
    });
    expect(seen).toEqual([
      "SUBMITTED",
      "APPROVED",
      "IN_PRODUCTION",
      "READY_FOR_PICKUP",
      "COLLECTED",
    ]);
    expect(final.status).toBe("COLLECTED");
    expect(final.cardNumber).toMatch(/^Y\d{8}$/);

    const person = await seeded.database.prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: seeded.database.protector.residentIdIndex(wangJianguo) },
    });
    const cards = await seeded.database.prisma.card.findMany({ where: { personId: person.id } });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      status: "ACTIVE",
      number: final.cardNumber,
      applicationId: submitted.id,
    });

    const overview = await citizen.citizen.card.overview();
    expect(overview.card).toEqual({
      maskedNumber: `*****${final.cardNumber?.slice(-4)}`,
      status: "ACTIVE",
    });
    const collected = overview.applications.find((application) => application.id === submitted.id);
    expect(collected?.cardNumber).not.toBe(final.cardNumber);
    expect(collected?.cardNumber?.endsWith(final.cardNumber?.slice(-4) ?? "?")).toBe(true);
    expect(collected?.timeline.map(({ action, status }) => [action, status])).toEqual([
      ["SUBMIT", "SUBMITTED"],
      ["VERIFY_DOCUMENTS", "SUBMITTED"],
      ["APPROVE", "APPROVED"],
      ["START_PRODUCTION", "IN_PRODUCTION"],
      ["MARK_READY", "READY_FOR_PICKUP"],
      ["HAND_OVER", "COLLECTED"],
    ]);

    const audited = await seeded.database.prisma.auditEvent.findMany({
      where: { action: "application.action-recorded", subjectPersonId: person.id },
      orderBy: { seq: "asc" },
    });
    expect(audited.map((event) => (event.detail as { type: string }).type)).toEqual([
      "SUBMIT",
      "VERIFY_DOCUMENTS",
      "APPROVE",
      "START_PRODUCTION",
      "MARK_READY",
      "HAND_OVER",
    ]);
    expect(audited[0]?.actorKind).toBe("CITIZEN");
    expect(audited.slice(1).every((event) => event.actorKind === "STAFF")).toBe(true);
    const notices = await seeded.database.prisma.citizenNotification.findMany({
      where: { personId: person.id, applicationId: submitted.id },
      orderBy: { createdAt: "asc" },
    });
    // Verifying documents changes no status, so it sends nothing.
    expect(notices.map((notice) => (notice.facts as { status: string }).status).sort()).toEqual(
      ["APPROVED", "COLLECTED", "IN_PRODUCTION", "READY_FOR_PICKUP", "SUBMITTED"].sort(),
    );
  });

  it("refuses a second application while one is open, naming the open one's reference", async () => {
    const { caller } = await newCitizen();
    const first = await applyAtChengguan(caller);
    const refusal = await refusalOf(applyAtChengguan(caller));
    expect(refusal.data.domainCode).toBe("APPLICATION_ALREADY_OPEN");
    expect(refusal.data.openApplication).toMatchObject({
      reference: first.reference,
      status: "SUBMITTED",
    });
  });

  it("answers a repeated idempotency key with the first application, writing one row", async () => {
    const { caller, personId } = await newCitizen();
    const key = "0b7c5a8e-3f1d-4e2a-9c6b-1d2e3f4a5b6c";
    const first = await applyAtChengguan(caller, key);
    const again = await applyAtChengguan(caller, key);
    expect(again.id).toBe(first.id);
    expect(again.reference).toBe(first.reference);
    expect(await seeded.database.prisma.cardApplication.count({ where: { personId } })).toBe(1);
  });

  it.runIf(kind === "postgres")(
    "lets exactly one of two concurrent applications with different keys through",
    async () => {
      const { caller, personId } = await newCitizen();
      const results = await Promise.allSettled([
        applyAtChengguan(caller, "11111111-1111-4111-8111-111111111111"),
        applyAtChengguan(caller, "22222222-2222-4222-8222-222222222222"),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((result) => result.status === "rejected");
      const refusal = await refusalOf(Promise.reject(rejected?.reason));
      expect(refusal.data.domainCode).toBe("APPLICATION_ALREADY_OPEN");
      expect(await seeded.database.prisma.cardApplication.count({ where: { personId } })).toBe(1);
    },
  );

  it.each([
    ["a PNG", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "NOT_JPEG"],
    [
      "a JPEG cut off after its frame header",
      (() => {
        const bytes = demoPhotoJpeg();
        const frame = frameHeaderAt(bytes);
        return bytes.subarray(0, frame + 2 + bytes.readUInt16BE(frame + 2));
      })(),
      "TOO_SMALL_FILE",
    ],
    ["a JPEG 300 px wide", photoWithWidth(300), "WRONG_DIMENSIONS"],
    [
      "a JPEG of over 50 KB",
      Buffer.concat([demoPhotoJpeg(), Buffer.alloc(50_000)]),
      "TOO_LARGE_FILE",
    ],
  ] as const)("refuses %s as PHOTO_REJECTED %s and writes nothing", async (_name, bytes, code) => {
    const { caller, personId } = await newCitizen();
    const photosBefore = await seeded.database.prisma.cardPhoto.count();
    const refusal = await refusalOf(
      caller.citizen.card.applyOnline({
        servicePointCode: "SP-CHENGGUAN",
        phone: "13608870562",
        photo: bytes.toString("base64"),
      }),
    );
    expect(refusal.data.domainCode).toBe("PHOTO_REJECTED");
    expect(refusal.data.issues).toEqual([{ path: ["photo"], code }]);
    expect(await seeded.database.prisma.cardApplication.count({ where: { personId } })).toBe(0);
    expect(await seeded.database.prisma.cardPhoto.count()).toBe(photosBefore);
  });

  it("says which size a photo of the wrong dimensions is", async () => {
    const { caller } = await newCitizen();
    const refusal = await refusalOf(
      caller.citizen.card.applyOnline({
        servicePointCode: "SP-CHENGGUAN",
        phone: "13608870562",
        photo: photoWithWidth(300).toString("base64"),
      }),
    );
    expect(refusal.data.photo).toMatchObject({ width: 300, height: 441 });
  });

  it("restarts the clock when the applicant answers a request for a photo online", async () => {
    const { residentId } = await newCitizen();
    const { caller: citizen } = await callerWithSession(seeded.database, { residentId }, testNow);
    const submitted = await applyAtChengguan(citizen);
    const asked = await clerk.staff.applications.requestMaterials({
      applicationId: submitted.id,
      version: (await clerk.staff.applications.get({ applicationId: submitted.id })).version,
      missing: ["PHOTO"],
    });
    expect(asked.status).toBe("NEEDS_MATERIALS");
    const overview = await citizen.citizen.card.overview();
    expect(overview.applications[0]?.missingItems).toEqual([{ code: "PHOTO" }]);

    const { caller: later } = await callerWithSession(seeded.database, { residentId }, friday);
    const resubmitted = await later.citizen.card.resubmit({ applicationId: submitted.id, photo });
    // Fri 2026-11-27 → Mon 30, Tue 1, Wed 2.
    expect(resubmitted).toMatchObject({
      status: "SUBMITTED",
      dueDate: "2026-12-02",
      missingItems: null,
    });
    expect(resubmitted.timeline.map((step) => step.action)).toEqual([
      "SUBMIT",
      "REQUEST_MATERIALS",
      "RESUBMIT",
    ]);
  });

  it("stops a card reported lost, and a replacement for loss cancels it at submission", async () => {
    const { caller, card, personId } = await citizenWithCard();
    expect(await caller.citizen.card.reportLost({})).toEqual({ status: "REPORTED_LOST" });
    expect((await caller.citizen.card.overview()).card?.status).toBe("REPORTED_LOST");
    expect(await cardStatus(card.id)).toBe("REPORTED_LOST");

    const replacement = await caller.citizen.card.applyForReplacement({
      reason: "LOST",
      servicePointCode: "SP-CHENGGUAN",
      phone: "13608870562",
      photo,
    });
    expect(replacement).toMatchObject({ kind: "REPLACEMENT", replacementReason: "LOST" });
    expect(await cardStatus(card.id)).toBe("CANCELLED");

    await walkToCollected(replacement.id);
    expect(await cardStatus(card.id)).toBe("CANCELLED");
    const active = await seeded.database.prisma.card.findMany({
      where: { personId, status: "ACTIVE" },
    });
    expect(active.map((row) => row.applicationId)).toEqual([replacement.id]);
  });

  it("keeps a damaged card active until its replacement is handed over", async () => {
    const { caller, card, personId } = await citizenWithCard();
    const replacement = await caller.citizen.card.applyForReplacement({
      reason: "DAMAGED",
      servicePointCode: "SP-CHENGGUAN",
      phone: "13608870562",
      photo,
    });
    const statusesSeen: string[] = [];
    await walkToCollected(replacement.id, async (view) => {
      statusesSeen.push(`${view.status}:${await cardStatus(card.id)}`);
    });
    expect(statusesSeen).toEqual([
      "SUBMITTED:ACTIVE",
      "APPROVED:ACTIVE",
      "IN_PRODUCTION:ACTIVE",
      "READY_FOR_PICKUP:ACTIVE",
      "COLLECTED:CANCELLED",
    ]);
    expect(await cardStatus(card.id)).toBe("CANCELLED");
    const active = await seeded.database.prisma.card.findMany({
      where: { personId, status: "ACTIVE" },
    });
    expect(active.map((row) => row.applicationId)).toEqual([replacement.id]);
  });

  it("never brings back a card cancelled by a withdrawn replacement, and refuses that person a first card", async () => {
    const { caller, card } = await citizenWithCard();
    const replacement = await caller.citizen.card.applyForReplacement({
      reason: "LOST",
      servicePointCode: "SP-CHENGGUAN",
      phone: "13608870562",
      photo,
    });
    const withdrawn = await caller.citizen.card.withdraw({ applicationId: replacement.id });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(await cardStatus(card.id)).toBe("CANCELLED");
    expect((await caller.citizen.card.overview()).card).toBeNull();

    const firstIssue = await refusalOf(applyAtChengguan(caller));
    expect(firstIssue.data).toMatchObject({
      domainCode: "ACTION_NOT_ALLOWED",
      reason: "CARD_ALREADY_ISSUED",
    });
    const again = await caller.citizen.card.applyForReplacement({
      reason: "LOST",
      servicePointCode: "SP-CHENGGUAN",
      phone: "13608870562",
      photo,
    });
    expect(again.status).toBe("SUBMITTED");
    expect(await cardStatus(card.id)).toBe("CANCELLED");
  });

  it("never shows or lets a citizen touch another person's application", async () => {
    const owner = await newCitizen();
    const other = await newCitizen();
    const application = await applyAtChengguan(owner.caller);
    expect(
      (await refusalOf(other.caller.citizen.card.withdraw({ applicationId: application.id }))).data
        .domainCode,
    ).toBe("NOT_FOUND");
    expect(
      (await refusalOf(other.caller.citizen.card.photo({ applicationId: application.id }))).data
        .domainCode,
    ).toBe("NOT_FOUND");
    expect(
      (await refusalOf(other.caller.citizen.card.resubmit({ applicationId: application.id }))).data
        .domainCode,
    ).toBe("NOT_FOUND");
    expect((await other.caller.citizen.card.overview()).applications).toEqual([]);
    expect((await owner.caller.citizen.card.photo({ applicationId: application.id })).dataUrl).toBe(
      `data:image/jpeg;base64,${photo}`,
    );
  });
});

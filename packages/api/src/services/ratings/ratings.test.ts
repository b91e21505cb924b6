import { demoPhotoJpeg, FollowUpOutcome, RatingChannel } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { followUpOutcomes, ratingChannels, residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const photo = demoPhotoJpeg().toString("base64");
const phone = "13608870562";
/** Wednesday 30 September 2026, 10:00 in China: the day before the National Day holidays. */
const beforeNationalDay = new Date("2026-09-30T02:00:00.000Z");
/** Days after `testNow` on which the tests below rate, so that their figures are theirs alone. */
const monday = new Date("2026-12-07T02:00:00.000Z");
const tuesday = new Date("2026-12-08T02:00:00.000Z");

describe("the Prisma enums of ratings", () => {
  it("list the same values as the domain", () => {
    expect(Object.values(RatingChannel)).toEqual([...ratingChannels]);
    expect(Object.values(FollowUpOutcome)).toEqual([...followUpOutcomes]);
  });
});

describe.each(testDatabaseKinds())("ratings and their follow-ups on %s", (kind) => {
  let seeded: Seeded;
  let centre: Caller;
  let chengguan: Caller;
  let people = 0;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    centre = (await callerWithSession(seeded.database, { username: "centre01" }, testNow)).caller;
    chengguan = (await callerWithSession(seeded.database, { username: "chengguan01" }, testNow))
      .caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** An insured adult of the county with no application yet. */
  async function newPerson() {
    people += 1;
    const first17 = `53012519790202${String(100 + people * 2 + 1).padStart(3, "0")}`;
    const residentId = first17 + residentIdCheckCharacter(first17);
    const person = await seeded.database.prisma.person.create({
      data: {
        residentIdIndex: seeded.database.protector.residentIdIndex(residentId),
        residentIdSealed: seeded.database.protector.seal(residentId, "person.resident-id"),
        name: `评价${people}`,
        sex: "M",
        birthDate: new Date("1979-02-02T00:00:00Z"),
      },
    });
    return { residentId, personId: person.id };
  }

  const citizenAt = async (residentId: string, at: Date) =>
    (await callerWithSession(seeded.database, { residentId }, at)).caller;

  /** A card issued on the spot at the county centre on `at`: a counter case, collected. */
  async function collectedAtCentre(at: Date = testNow) {
    const person = await newPerson();
    const clerk = (await callerWithSession(seeded.database, { username: "centre01" }, at)).caller;
    const issued = await clerk.staff.applications.issueOnTheSpot({
      applicant: "SELF",
      residentId: person.residentId,
      phone,
      photo,
    });
    expect(issued.status).toBe("COLLECTED");
    return { ...person, applicationId: issued.id, citizen: await citizenAt(person.residentId, at) };
  }

  /** An online application at 城关, still open (SUBMITTED). */
  async function openOnline() {
    const person = await newPerson();
    const citizen = await citizenAt(person.residentId, testNow);
    const submitted = await citizen.citizen.card.applyOnline({
      servicePointCode: "SP-CHENGGUAN",
      phone,
      photo,
    });
    return { ...person, citizen, applicationId: submitted.id };
  }

  const followUpOf = (applicationId: string) =>
    seeded.database.prisma.ratingFollowUp.findFirst({ where: { rating: { applicationId } } });

  it("opens a follow-up for a counter rating of 2, due 5 working days later across the weekend", async () => {
    const { citizen, applicationId, personId } = await collectedAtCentre();
    const before = await citizen.citizen.card.overview();
    expect(before.applications[0]?.rating).toEqual({
      channel: "COUNTER",
      rateable: true,
      given: null,
    });

    const state = await citizen.citizen.ratings.submit({
      applicationId,
      overall: 2,
      speed: 2,
      attitude: 3,
      comment: "  排队等了很久 ",
    });
    // Wed 2026-11-25 → Thu 26, Fri 27, Mon 30, Tue 1, Wed 2.
    expect(state).toEqual({
      channel: "COUNTER",
      rateable: false,
      given: {
        overall: 2,
        speed: 2,
        attitude: 3,
        ease: null,
        comment: "排队等了很久",
        ratedAt: testNow.toISOString(),
        followUp: { dueDate: "2026-12-02", workingDays: 5, calledBack: false },
      },
    });
    expect((await citizen.citizen.card.overview()).applications[0]?.rating).toEqual(state);

    const followUp = await followUpOf(applicationId);
    expect(followUp).toMatchObject({ personId, closedAt: null, outcome: null });
    expect(followUp?.dueDate.toISOString().slice(0, 10)).toBe("2026-12-02");
    const audited = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "rating.submitted", subjectPersonId: personId },
    });
    expect(audited.detail).toEqual({ applicationId, overall: 2, followUp: true });
  });

  it("skips the National Day holidays and counts the make-up Saturday in the due date", async () => {
    const { citizen, applicationId } = await collectedAtCentre(beforeNationalDay);
    const state = await citizen.citizen.ratings.submit({
      applicationId,
      overall: 1,
      speed: 1,
      attitude: 1,
    });
    // 1–7 October are holidays; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    expect(state.given?.followUp).toEqual({
      dueDate: "2026-10-13",
      workingDays: 5,
      calledBack: false,
    });
  });

  it("opens no follow-up for a rating of 4, and takes an online rating of overall and ease", async () => {
    const counter = await collectedAtCentre();
    const good = await counter.citizen.citizen.ratings.submit({
      applicationId: counter.applicationId,
      overall: 4,
      speed: 5,
      attitude: 4,
    });
    expect(good.given).toMatchObject({ overall: 4, comment: null, followUp: null });
    expect(await followUpOf(counter.applicationId)).toBeNull();

    const online = await openOnline();
    const view = await chengguan.staff.applications.get({ applicationId: online.applicationId });
    await chengguan.staff.applications.refuse({
      applicationId: online.applicationId,
      version: view.version,
      reason: "DOCUMENTS_INVALID",
    });
    const rated = await online.citizen.citizen.ratings.submit({
      applicationId: online.applicationId,
      overall: 3,
      ease: 2,
    });
    expect(rated).toMatchObject({ channel: "ONLINE", given: { ease: 2, speed: null } });
    const point = await seeded.database.prisma.serviceRating.findUniqueOrThrow({
      where: { applicationId: online.applicationId },
      include: { application: { select: { servicePointId: true } } },
    });
    expect(point.servicePointId).toBe(point.application.servicePointId);
  });

  it("refuses a second rating of the same application, and keeps the first", async () => {
    const { citizen, applicationId } = await collectedAtCentre();
    await citizen.citizen.ratings.submit({ applicationId, overall: 5, speed: 5, attitude: 5 });
    const refusal = await refusalOf(
      citizen.citizen.ratings.submit({ applicationId, overall: 1, speed: 1, attitude: 1 }),
    );
    expect(refusal.data).toMatchObject({
      domainCode: "ACTION_NOT_ALLOWED",
      reason: "ALREADY_RATED",
    });
    const ratings = await seeded.database.prisma.serviceRating.findMany({
      where: { applicationId },
    });
    expect(ratings.map((rating) => rating.overall)).toEqual([5]);
    expect(await followUpOf(applicationId)).toBeNull();
  });

  it("refuses to rate an application that is still open", async () => {
    const { citizen, applicationId } = await openOnline();
    expect((await citizen.citizen.card.overview()).applications[0]?.rating).toEqual({
      channel: "ONLINE",
      rateable: false,
      given: null,
    });
    const refusal = await refusalOf(
      citizen.citizen.ratings.submit({ applicationId, overall: 1, ease: 1 }),
    );
    expect(refusal.data).toMatchObject({
      domainCode: "ACTION_NOT_ALLOWED",
      reason: "NOT_FINISHED",
    });
    expect(await seeded.database.prisma.serviceRating.count({ where: { applicationId } })).toBe(0);
  });

  it("refuses the other channel's scores and a missing one of its own, writing nothing", async () => {
    const { citizen, applicationId } = await collectedAtCentre();
    const refusal = await refusalOf(
      citizen.citizen.ratings.submit({ applicationId, overall: 2, speed: 2, ease: 3 }),
    );
    expect(refusal.data.domainCode).toBe("VALIDATION_FAILED");
    expect(refusal.data.issues).toEqual([
      { path: ["attitude"], code: "REQUIRED" },
      { path: ["ease"], code: "NOT_FOR_CHANNEL" },
    ]);
    const outOfRange = await refusalOf(
      citizen.citizen.ratings.submit({ applicationId, overall: 6, speed: 2, attitude: 2 }),
    );
    expect(outOfRange.data.domainCode).toBe("VALIDATION_FAILED");
    expect(await seeded.database.prisma.serviceRating.count({ where: { applicationId } })).toBe(0);
  });

  it("answers NOT_FOUND for another person's application", async () => {
    const theirs = await collectedAtCentre();
    const other = await citizenAt((await newPerson()).residentId, testNow);
    const refusal = await refusalOf(
      other.citizen.ratings.submit({
        applicationId: theirs.applicationId,
        overall: 1,
        speed: 1,
        attitude: 1,
      }),
    );
    expect(refusal.data.domainCode).toBe("NOT_FOUND");
  });

  it("lists the follow-up for the county centre with the full phone, and a call-back closes it", async () => {
    const { citizen, applicationId, personId } = await collectedAtCentre();
    await citizen.citizen.ratings.submit({
      applicationId,
      overall: 2,
      speed: 1,
      attitude: 2,
      comment: "窗口人员态度冷淡",
    });
    const listed = await centre.staff.followUps.list({ status: "OPEN", limit: 50 });
    const item = listed.items.find((entry) => entry.application.id === applicationId);
    expect(item).toMatchObject({
      dueDate: "2026-12-02",
      overdue: false,
      closed: false,
      person: { name: expect.stringMatching(/^评价\d+$/), phone },
      servicePoint: { code: "CENTRE" },
      rating: {
        channel: "COUNTER",
        overall: 2,
        speed: 1,
        attitude: 2,
        comment: "窗口人员态度冷淡",
      },
      callBack: null,
    });
    expect(item?.person.maskedResidentId).toMatch(/^530125\*{8}\d{3}[\dX]$/);
    // Open ones come by due date, the most pressing first.
    const dueDates = listed.items.map((entry) => entry.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    const read = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "follow-up.read" },
      orderBy: { seq: "desc" },
    });
    expect(String((read.detail as { personIds: string }).personIds).split(",")).toContain(personId);

    const id = item?.id ?? "";
    const closed = await centre.staff.followUps.recordCallBack({
      followUpId: id,
      outcome: "EXPLAINED",
      note: " 已致电说明当天排队原因，本人表示理解 ",
    });
    expect(closed).toMatchObject({
      id,
      closed: true,
      overdue: false,
      callBack: {
        outcome: "EXPLAINED",
        note: "已致电说明当天排队原因，本人表示理解",
        by: "陈刚",
        at: testNow.toISOString(),
      },
    });
    const open = await centre.staff.followUps.list({ status: "OPEN" });
    expect(open.items.some((entry) => entry.id === id)).toBe(false);
    const done = await centre.staff.followUps.list({ status: "CLOSED" });
    expect(done.items.find((entry) => entry.id === id)?.callBack?.outcome).toBe("EXPLAINED");
    const audited = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "follow-up.call-back-recorded", subjectPersonId: personId },
    });
    expect(audited.detail).toEqual({ followUpId: id, outcome: "EXPLAINED" });
    expect((await citizen.citizen.card.overview()).applications[0]?.rating.given?.followUp).toEqual(
      { dueDate: "2026-12-02", workingDays: 5, calledBack: true },
    );

    const again = await refusalOf(
      centre.staff.followUps.recordCallBack({ followUpId: id, outcome: "RESOLVED", note: "再次" }),
    );
    expect(again.data).toMatchObject({
      domainCode: "ACTION_NOT_ALLOWED",
      reason: "FOLLOW_UP_CLOSED",
    });
  });

  it("pages through ALL follow-ups: the open ones first, then the closed, each once", async () => {
    const seen: string[] = [];
    let closedSeen = false;
    let cursor: string | undefined;
    do {
      // Pages of two: the boundary falls between the open ones and the closed one.
      const page = await centre.staff.followUps.list({
        status: "ALL",
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      for (const item of page.items) {
        if (item.closed) closedSeen = true;
        else expect(closedSeen, "an open follow-up after a closed one").toBe(false);
        seen.push(item.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(closedSeen).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(await seeded.database.prisma.ratingFollowUp.count());
  });

  it("makes the follow-up due in 3 working days once a value of 3 is in force", async () => {
    await seeded.database.prisma.countyParameter.create({
      data: {
        key: "FOLLOW_UP_WORKING_DAYS",
        value: 3,
        effectiveFrom: new Date("2026-12-01T00:00:00Z"),
        recordedAt: testNow,
        reason: "加快差评回访",
      },
    });
    // Before it takes effect the 5 days still hold.
    const before = await collectedAtCentre();
    const five = await before.citizen.citizen.ratings.submit({
      applicationId: before.applicationId,
      overall: 2,
      speed: 2,
      attitude: 2,
    });
    expect(five.given?.followUp?.dueDate).toBe("2026-12-02");

    // Mon 2026-12-07 → Tue 8, Wed 9, Thu 10.
    const after = await collectedAtCentre(monday);
    const three = await after.citizen.citizen.ratings.submit({
      applicationId: after.applicationId,
      overall: 1,
      speed: 3,
      attitude: 1,
    });
    expect(three.given?.followUp).toEqual({
      dueDate: "2026-12-10",
      workingDays: 3,
      calledBack: false,
    });
  });

  it("counts a period's ratings per service point in the reader's scope, without phone numbers", async () => {
    // In the period 2026-12-08: two at the centre (5 and 2), one online at 城关 (3), plus the
    // one of Monday 7 December from the test above (1, its follow-up open).
    for (const [overall, extra] of [
      [5, { speed: 5, attitude: 4 }],
      [2, { speed: 3, attitude: 2 }],
    ] as const) {
      const { citizen, applicationId } = await collectedAtCentre(tuesday);
      await citizen.citizen.ratings.submit({ applicationId, overall, ...extra });
    }
    const online = await openOnline();
    const view = await chengguan.staff.applications.get({ applicationId: online.applicationId });
    await chengguan.staff.applications.refuse({
      applicationId: online.applicationId,
      version: view.version,
      reason: "NOT_INSURED",
    });
    const ratedOnline = await citizenAt(online.residentId, tuesday);
    await ratedOnline.citizen.ratings.submit({
      applicationId: online.applicationId,
      overall: 3,
      ease: 4,
      comment: "网上办理还算方便",
    });

    // Read on Friday 11 December: Monday's follow-up (due Thu 10) is overdue.
    const friday = new Date("2026-12-11T02:00:00.000Z");
    const county = (await callerWithSession(seeded.database, { username: "centre01" }, friday))
      .caller;
    const figures = await county.staff.followUps.ratings({ from: "2026-12-07", to: "2026-12-08" });
    // The county centre first, then the service points by code.
    expect(figures.servicePoints.map((point) => point.code)).toEqual([
      "CENTRE",
      "SP-CHENGGUAN",
      "SP-SHIQIAO",
      "SP-TAOYUAN",
    ]);
    expect(figures.servicePoints.find((point) => point.code === "CENTRE")).toMatchObject({
      count: 3,
      averageOverall: 2.7,
      perScore: [1, 1, 0, 0, 1],
      bad: 2,
      followUpsOpen: 2,
      followUpsOverdue: 1,
      followUpsClosed: 0,
    });
    expect(figures.servicePoints.find((point) => point.code === "SP-CHENGGUAN")).toMatchObject({
      count: 1,
      averageOverall: 3,
      perScore: [0, 0, 1, 0, 0],
      bad: 0,
    });
    expect(figures.servicePoints.find((point) => point.code === "SP-TAOYUAN")).toMatchObject({
      count: 0,
      averageOverall: null,
    });
    expect(figures.total).toMatchObject({ count: 4, averageOverall: 2.8, bad: 2 });
    expect(figures.rows).toHaveLength(4);
    expect(figures.rows.find((row) => row.channel === "ONLINE")).toMatchObject({
      servicePointCode: "SP-CHENGGUAN",
      overall: 3,
      ease: 4,
      comment: "网上办理还算方便",
      followUp: null,
    });
    expect(figures.rows.filter((row) => row.followUp).map((row) => row.followUp?.status)).toEqual([
      "OVERDUE",
      "OPEN",
    ]);
    expect(JSON.stringify(figures)).not.toContain(phone);

    // A service point's clerk sees only their own point, and is refused another's.
    const own = await chengguan.staff.followUps.ratings({ from: "2026-12-07", to: "2026-12-08" });
    expect(own.servicePoints.map((point) => point.code)).toEqual(["SP-CHENGGUAN"]);
    expect(own.total.count).toBe(1);
    const refusal = await refusalOf(
      chengguan.staff.followUps.ratings({
        from: "2026-12-07",
        to: "2026-12-08",
        servicePointCode: "CENTRE",
      }),
    );
    expect(refusal.data.domainCode).toBe("FORBIDDEN");
    const reversed = await refusalOf(
      county.staff.followUps.ratings({ from: "2026-12-08", to: "2026-12-07" }),
    );
    expect(reversed.data).toMatchObject({
      domainCode: "VALIDATION_FAILED",
      issues: [{ path: ["to"], code: "RANGE_REVERSED" }],
    });
  });
});

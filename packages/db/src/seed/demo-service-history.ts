import { randomUUID } from "node:crypto";
import {
  type ApplicationAction,
  type ApplicationChannel,
  applicationStatusOf,
  applyAction,
  type CoveredWorkingCalendar,
  chinaToday,
  closedApplicationStatuses,
  dueDateOf,
  epochDayOf,
  isoDateOfEpochDay,
  pickupDeadlineOf,
  residentIdCheckCharacter,
} from "@yibao/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { DataProtector } from "../protection/data-protector";

/** The marker that the history has been seeded: a second run adds nothing. */
const historyMarker = "demo-service-history";

const surnames =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const givenNames = [
  "秀英",
  "桂英",
  "建华",
  "志强",
  "海燕",
  "丽娟",
  "国庆",
  "玉兰",
  "文杰",
  "晓梅",
  "春花",
  "永红",
  "子涵",
  "浩然",
  "雨桐",
  "思远",
  "德明",
  "淑珍",
  "家豪",
  "欣怡",
  "宇航",
  "佳琪",
  "俊杰",
  "雪梅",
  "红梅",
  "立新",
  "凤英",
  "明辉",
  "婷婷",
  "志刚",
];
const comments = {
  good: ["办理很快，工作人员很耐心。", "流程清楚，一次就办好了。", "窗口服务态度好。", ""],
  bad: ["等了很久才办好，也没人通知进度。", "窗口工作人员态度不好。", "网上提交后很久没有消息。"],
};

/** A small deterministic generator (mulberry32): the same history on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
  };
}

function addWorkingDays(calendar: CoveredWorkingCalendar, day: string, n: number): string {
  return calendar.addWorkingDays(day, n);
}

function workingDaysIn(calendar: CoveredWorkingCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = epochDayOf(from); day <= epochDayOf(to); day++) {
    const date = isoDateOfEpochDay(day);
    if (calendar.isWorkingDay(date)) days.push(date);
  }
  return days;
}

interface Planned {
  personId: string;
  servicePointId: string;
  channel: ApplicationChannel;
  actions: ApplicationAction[];
  rating: { overall: number; second: number; third?: number; comment: string } | null;
}

/**
 * A year of finished applications at every service point of 云溪县, for the SLA dashboard: most
 * ready within the promise, some late, some refused;
 * ratings (好差评) on about half the finished ones, the bad ones followed up (the older closed
 * with a call-back, the recent still open). The people are fictional, with no online account.
 * Generated deterministically from the seed's `now`.
 */
export async function seedDemoServiceHistory(
  database: { prisma: PrismaClient; protector: DataProtector },
  calendar: CoveredWorkingCalendar,
  now: Date,
): Promise<void> {
  const { prisma, protector } = database;
  if (await prisma.deploymentMarker.findUnique({ where: { key: historyMarker } })) return;
  const today = chinaToday(now);
  const random = generator(20261125);
  const points = await prisma.servicePoint.findMany({ orderBy: { code: "asc" } });
  const clerks = new Map(
    (await prisma.staffUser.findMany({ select: { id: true, servicePointId: true, role: true } }))
      .filter((user) => user.role === "SERVICE_POINT_CLERK" || user.role === "COUNTY_CENTRE_CLERK")
      .map((user) => [user.servicePointId, user.id]),
  );
  // From the same day a year ago to two working days ago.
  const start = isoDateOfEpochDay(epochDayOf(today) - 365);
  const days = workingDaysIn(calendar, start, isoDateOfEpochDay(epochDayOf(today) - 1));
  const lastDay = days.at(-2) ?? today;

  const people: Prisma.PersonCreateManyInput[] = [];
  const planned: Planned[] = [];
  let sequence = 0;
  for (const point of points) {
    const centre = point.kind === "COUNTY_CENTRE";
    for (const day of days) {
      // About six applications a month at each point.
      if (!random.chance(0.28)) continue;
      sequence += 1;
      const personId = randomUUID();
      const birth = isoDateOfEpochDay(epochDayOf("1950-01-01") + random.below(365 * 55));
      const female = random.chance(0.5);
      // The sequence code's last digit is odd for a man (GB 11643); unique within the history.
      const order = (sequence * 2 + (female ? 0 : 1)) % 1000;
      const first17 = `530125${birth.replaceAll("-", "")}${String(order).padStart(3, "0")}`;
      const residentId = first17 + residentIdCheckCharacter(first17);
      people.push({
        id: personId,
        residentIdIndex: protector.residentIdIndex(residentId),
        residentIdSealed: protector.seal(residentId, "person.resident-id"),
        name: `${surnames[random.below(surnames.length)]}${givenNames[random.below(givenNames.length)]}`,
        sex: female ? "F" : "M",
        birthDate: new Date(`${birth}T00:00:00Z`),
        createdAt: new Date(`${day}T01:00:00Z`),
      });
      const channel: ApplicationChannel = centre
        ? "COUNTY_CENTRE"
        : random.chance(0.3)
          ? "ONLINE"
          : "SERVICE_POINT";
      const at = (date: string, minute: number) =>
        new Date(
          `${date}T${String(9 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00+08:00`,
        ).toISOString();
      const by = channel === "ONLINE" ? ("APPLICANT" as const) : ("STAFF" as const);
      const actions: ApplicationAction[] = [
        { type: "SUBMIT", receiptNumber: "", at: at(day, 5), by },
        { type: "VERIFY_DOCUMENTS", certificates: ["INSURED"], at: at(day, 40), by: "STAFF" },
      ];
      if (centre) {
        actions.push({
          type: "ISSUE_ON_THE_SPOT",
          collector: { kind: "SELF" },
          at: at(day, 50),
          by: "STAFF",
        });
      } else if (random.chance(0.05)) {
        actions.push({
          type: "REFUSE",
          refusal: { reason: "NOT_INSURED" },
          at: at(addWorkingDays(calendar, day, 1), 20),
          by: "STAFF",
        });
      } else {
        // Mostly within the promise; about one in eight late.
        const late = random.chance(0.13);
        const toReady = late ? 4 + random.below(3) : 1 + random.below(3);
        const readyDay = addWorkingDays(calendar, day, toReady);
        actions.push({ type: "APPROVE", at: at(day, 90), by: "STAFF" });
        actions.push({
          type: "START_PRODUCTION",
          at: at(addWorkingDays(calendar, day, 1), 0),
          by: "STAFF",
        });
        if (readyDay <= lastDay) {
          actions.push({
            type: "MARK_READY",
            servicePointId: point.id,
            pickupDeadline: pickupDeadlineOf(readyDay),
            at: at(readyDay, 120),
            by: "STAFF",
          });
          const pickupDay = addWorkingDays(calendar, readyDay, 1 + random.below(12));
          if (pickupDay <= lastDay) {
            actions.push({
              type: "HAND_OVER",
              collector: { kind: "SELF" },
              at: at(pickupDay, 200),
              by: "STAFF",
            });
          }
        }
      }
      // Finished cases only: the open work of the demo is the Monday morning's
      // (demo-applications.ts), which the counter's queues and their tests count on.
      const closing = actions.at(-1)?.type;
      if (closing !== "HAND_OVER" && closing !== "REFUSE" && closing !== "ISSUE_ON_THE_SPOT") {
        people.pop();
        continue;
      }
      const rated = random.chance(0.5);
      const bad = random.chance(0.07);
      const overall = bad ? 1 + random.below(2) : random.chance(0.15) ? 3 : 4 + random.below(2);
      const second = bad ? 1 + random.below(3) : Math.max(3, overall - random.below(2));
      planned.push({
        personId,
        servicePointId: point.id,
        channel,
        actions,
        rating: rated
          ? {
              overall,
              second,
              ...(channel === "ONLINE" ? {} : { third: bad ? 2 : Math.max(3, overall) }),
              comment: bad
                ? (comments.bad[random.below(comments.bad.length)] ?? "")
                : (comments.good[random.below(comments.good.length)] ?? ""),
            }
          : null,
      });
    }
  }

  const references = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT nextval('card_application_reference_seq') AS n
      FROM generate_series(1, ${planned.length}::int)`;
  const applications: Prisma.CardApplicationCreateManyInput[] = [];
  const actionRows: Prisma.CardApplicationActionCreateManyInput[] = [];
  const cards: { personId: string; applicationId: string; issuedAt: Date }[] = [];
  const ratings: Prisma.ServiceRatingCreateManyInput[] = [];
  const followUps: Prisma.RatingFollowUpCreateManyInput[] = [];
  for (const [index, plan] of planned.entries()) {
    const submittedAt = new Date(plan.actions[0]?.at ?? now);
    const reference = `YX${chinaToday(submittedAt).replaceAll("-", "")}${String(references[index]?.n ?? 0n).padStart(5, "0")}`;
    let application = {
      channel: plan.channel,
      applicant: { kind: "SELF" as const },
      actions: [] as ApplicationAction[],
    };
    for (const action of plan.actions) {
      const facts = action.type === "SUBMIT" ? { ...action, receiptNumber: reference } : action;
      const applied = applyAction(application, facts);
      if (!applied.ok) throw new Error(`demo history: ${action.type} refused`);
      application = applied.application;
    }
    const { actions } = application;
    const status = applicationStatusOf(actions);
    const due = dueDateOf(application, calendar);
    const ready = actions.findLast((action) => action.type === "MARK_READY");
    const last = actions.at(-1);
    const closed = (closedApplicationStatuses as readonly string[]).includes(status);
    const applicationId = randomUUID();
    applications.push({
      id: applicationId,
      personId: plan.personId,
      reference,
      kind: "FIRST_ISSUE",
      channel: plan.channel,
      applicantKind: "SELF",
      servicePointId: plan.servicePointId,
      status,
      version: actions.length + 1,
      submittedAt,
      clockStartedOn: new Date(`${chinaToday(submittedAt)}T00:00:00Z`),
      dueDate: new Date(`${due.dueDate}T00:00:00Z`),
      dueDateProvisional: due.provisional,
      readyAt: ready ? new Date(ready.at) : null,
      pickupBy: ready ? new Date(`${ready.pickupDeadline}T00:00:00Z`) : null,
      closedAt: closed && last ? new Date(last.at) : null,
      createdAt: submittedAt,
    });
    for (const [seq, { type, at, ...detail }] of actions.entries()) {
      actionRows.push({
        applicationId,
        personId: plan.personId,
        seq: seq + 1,
        action: type,
        at: new Date(at),
        actorKind: detail.by === "APPLICANT" ? "CITIZEN" : "STAFF",
        actorId:
          detail.by === "APPLICANT" ? plan.personId : (clerks.get(plan.servicePointId) ?? null),
        servicePointId: detail.by === "APPLICANT" ? null : plan.servicePointId,
        detail,
      });
    }
    if (status === "COLLECTED" && last) {
      cards.push({ personId: plan.personId, applicationId, issuedAt: new Date(last.at) });
    }
    if (closed && last && plan.rating) {
      const ratingId = randomUUID();
      const ratedAt = new Date(new Date(last.at).getTime() + 3600_000);
      const online = plan.channel === "ONLINE";
      ratings.push({
        id: ratingId,
        personId: plan.personId,
        applicationId,
        servicePointId: plan.servicePointId,
        channel: online ? "ONLINE" : "COUNTER",
        overall: plan.rating.overall,
        ...(online
          ? { ease: plan.rating.second }
          : { speed: plan.rating.second, attitude: plan.rating.third ?? plan.rating.second }),
        comment: plan.rating.comment || null,
        createdAt: ratedAt,
      });
      if (plan.rating.overall <= 2) {
        const dueDate = addWorkingDays(calendar, chinaToday(ratedAt), 5);
        const calledBack = dueDate < isoDateOfEpochDay(epochDayOf(today) - 3);
        followUps.push({
          ratingId,
          personId: plan.personId,
          openedAt: ratedAt,
          dueDate: new Date(`${dueDate}T00:00:00Z`),
          ...(calledBack
            ? {
                calledBackAt: new Date(
                  `${addWorkingDays(calendar, chinaToday(ratedAt), 2)}T07:00:00Z`,
                ),
                outcome: "EXPLAINED" as const,
                note: "已电话回访，说明了制卡时限并致歉。",
                closedAt: new Date(`${addWorkingDays(calendar, chinaToday(ratedAt), 2)}T07:05:00Z`),
              }
            : {}),
        });
      }
    }
  }
  // The latest bad rating is still being followed up, so the county centre has one to call back.
  const latest = followUps.at(-1);
  if (latest) {
    const { calledBackAt: _c, outcome: _o, note: _n, closedAt: _closed, ...open } = latest;
    followUps[followUps.length - 1] = open;
  }
  const cardNumbers = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT nextval('card_number_seq') AS n FROM generate_series(1, ${cards.length}::int)`;

  await prisma.$transaction(async (tx) => {
    await tx.person.createMany({ data: people });
    await tx.cardApplication.createMany({ data: applications });
    await tx.cardApplicationAction.createMany({ data: actionRows });
    await tx.card.createMany({
      data: cards.map((card, index) => ({
        ...card,
        number: `Y${String(cardNumbers[index]?.n ?? 0n).padStart(8, "0")}`,
        status: "ACTIVE" as const,
      })),
    });
    await tx.serviceRating.createMany({ data: ratings });
    await tx.ratingFollowUp.createMany({ data: followUps });
    await tx.deploymentMarker.create({ data: { key: historyMarker, value: now.toISOString() } });
  });
}

import { createHash } from "node:crypto";
import {
  type Applicant,
  type ApplicationAction,
  type ApplicationChannel,
  applicationStatusOf,
  applyAction,
  type CoveredWorkingCalendar,
  chinaToday,
  closedApplicationStatuses,
  createCoveredWorkingCalendar,
  dueDateOf,
  epochDayOf,
  isoDateOfEpochDay,
  pickupDeadlineOf,
} from "@yibao/domain";
import type { PrismaClient } from "../generated/prisma/client";
import type { DataProtector } from "../protection/data-protector";
import { calendar2026 } from "./calendar-2026";
import { demoAccounts } from "./demo-accounts";
import { demoCounterPeople } from "./demo-counter-people";
import { demoPeople } from "./demo-county";
import { demoPhotoJpeg } from "./demo-photo";

/** When a step happened: so many working days before today (0 = today), at a China time. */
interface Step {
  workingDaysAgo: number;
  time?: string;
  by?: "STAFF" | "APPLICANT" | "SYSTEM";
  action: DistributiveOmit<ApplicationAction, "at" | "by">;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Scenario {
  residentId: string;
  channel: ApplicationChannel;
  servicePointCode: string;
  applicant: Applicant;
  steps: Step[];
}

const submit: Step["action"] = { type: "SUBMIT", receiptNumber: "" };
const insured: Step["action"] = { type: "VERIFY_DOCUMENTS", certificates: ["INSURED"] };
// The deadline that passed is the one recorded on MARK_READY; filled in when the steps are played.
const expirePickup: Step["action"] = { type: "EXPIRE_PICKUP", pickupDeadline: "" };

function idOf(key: string): string {
  const person = [...demoPeople, ...demoCounterPeople].find((p) => p.key === key);
  if (!person) throw new Error(`no demo person ${key}`);
  return person.residentId;
}

/**
 * A Monday morning at the counters of 云溪县: applications in every state across the three service
 * points, some due today and some overdue, an agent's and two guardians' cases, 陈静 with an open
 * application, 李秀兰 and 高磊 holding active cards. Dates count back from the seed's `now`.
 */
function scenarios(): Scenario[] {
  const self: Applicant = { kind: "SELF" };
  return [
    {
      residentId: demoAccounts.activeInsured.residentId,
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      // Collected three working days ago: her inbox holds the messages, the last one unread,
      // and she can rate the service (好差评).
      steps: [
        { workingDaysAgo: 9, action: submit },
        { workingDaysAgo: 9, action: insured },
        { workingDaysAgo: 8, action: { type: "APPROVE" } },
        { workingDaysAgo: 8, action: { type: "START_PRODUCTION" } },
        {
          workingDaysAgo: 7,
          action: { type: "MARK_READY", servicePointId: "", pickupDeadline: "" },
        },
        {
          workingDaysAgo: 3,
          time: "15:20",
          action: { type: "HAND_OVER", collector: { kind: "SELF" } },
        },
      ],
    },
    {
      residentId: idOf("chen-jing"),
      channel: "ONLINE",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      steps: [{ workingDaysAgo: 1, time: "20:15", by: "APPLICANT", action: submit }],
    },
    {
      residentId: idOf("zhao-li"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 3, action: submit },
        { workingDaysAgo: 3, action: insured },
      ],
    },
    {
      residentId: idOf("sun-hao"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      steps: [{ workingDaysAgo: 5, time: "15:40", action: submit }],
    },
    {
      residentId: idOf("zhou-min"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: {
        kind: "AGENT",
        name: "周建国",
        idType: "RESIDENT_ID_CARD",
        idNumber: idOf("wu-qiang"),
        relationship: "PARENT",
      },
      steps: [
        { workingDaysAgo: 0, time: "09:05", action: submit },
        { workingDaysAgo: 0, time: "09:06", action: insured },
      ],
    },
    {
      residentId: idOf("song-kexin"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: {
        kind: "GUARDIAN",
        name: "罗婷",
        idType: "HOUSEHOLD_REGISTER",
        idNumber: idOf("luo-ting"),
        relationship: "PARENT",
      },
      steps: [{ workingDaysAgo: 3, time: "11:20", action: submit }],
    },
    {
      residentId: idOf("luo-ting"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 4, action: submit },
        { workingDaysAgo: 4, action: insured },
        { workingDaysAgo: 2, action: { type: "APPROVE" } },
      ],
    },
    {
      residentId: idOf("ma-xiuying"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 118, action: submit },
        { workingDaysAgo: 118, action: insured },
        { workingDaysAgo: 117, action: { type: "APPROVE" } },
        { workingDaysAgo: 117, action: { type: "START_PRODUCTION" } },
        {
          workingDaysAgo: 116,
          action: { type: "MARK_READY", servicePointId: "", pickupDeadline: "" },
        },
      ],
    },
    {
      residentId: idOf("tang-wei"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-CHENGGUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 150, action: submit },
        { workingDaysAgo: 150, action: insured },
        { workingDaysAgo: 149, action: { type: "APPROVE" } },
        { workingDaysAgo: 149, action: { type: "START_PRODUCTION" } },
        {
          workingDaysAgo: 148,
          action: { type: "MARK_READY", servicePointId: "", pickupDeadline: "" },
        },
        { workingDaysAgo: 15, time: "08:05", by: "SYSTEM", action: expirePickup },
      ],
    },
    {
      residentId: idOf("xu-lan"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-TAOYUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 165, action: submit },
        { workingDaysAgo: 165, action: insured },
        { workingDaysAgo: 164, action: { type: "APPROVE" } },
        { workingDaysAgo: 164, action: { type: "START_PRODUCTION" } },
        {
          workingDaysAgo: 162,
          action: { type: "MARK_READY", servicePointId: "", pickupDeadline: "" },
        },
        { workingDaysAgo: 30, time: "08:05", by: "SYSTEM", action: expirePickup },
        { workingDaysAgo: 26, action: { type: "RETURN_TO_CENTRE" } },
      ],
    },
    {
      residentId: idOf("lin-xiaoyu"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-TAOYUAN",
      applicant: {
        kind: "GUARDIAN",
        name: "郑芳",
        idType: "RESIDENT_ID_CARD",
        idNumber: idOf("zheng-fang"),
        relationship: "PARENT",
      },
      steps: [
        { workingDaysAgo: 2, action: submit },
        {
          workingDaysAgo: 2,
          action: { type: "VERIFY_DOCUMENTS", certificates: ["INSURED", "GUARDIAN"] },
        },
        { workingDaysAgo: 1, action: { type: "APPROVE" } },
        { workingDaysAgo: 1, action: { type: "START_PRODUCTION" } },
      ],
    },
    {
      residentId: idOf("wu-qiang"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-TAOYUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 10, action: submit },
        { workingDaysAgo: 10, action: insured },
        { workingDaysAgo: 9, action: { type: "APPROVE" } },
        { workingDaysAgo: 9, action: { type: "START_PRODUCTION" } },
        {
          workingDaysAgo: 8,
          action: { type: "MARK_READY", servicePointId: "", pickupDeadline: "" },
        },
      ],
    },
    {
      residentId: idOf("liang-jianhua"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-TAOYUAN",
      applicant: self,
      steps: [
        { workingDaysAgo: 4, action: submit },
        { workingDaysAgo: 4, action: insured },
        { workingDaysAgo: 3, action: { type: "APPROVE" } },
        { workingDaysAgo: 3, action: { type: "START_PRODUCTION" } },
        {
          workingDaysAgo: 2,
          action: { type: "MARK_FAILED", failure: { reason: "CHIP_WRITE_FAILED" } },
        },
      ],
    },
    {
      residentId: idOf("zheng-fang"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-SHIQIAO",
      applicant: self,
      steps: [
        { workingDaysAgo: 2, action: submit },
        {
          workingDaysAgo: 2,
          action: { type: "REQUEST_MATERIALS", missingItems: [{ code: "PHOTO" }] },
        },
      ],
    },
    {
      residentId: idOf("he-jun"),
      channel: "SERVICE_POINT",
      servicePointCode: "SP-SHIQIAO",
      applicant: self,
      steps: [
        { workingDaysAgo: 6, action: submit },
        { workingDaysAgo: 5, action: { type: "REFUSE", refusal: { reason: "DOCUMENTS_INVALID" } } },
      ],
    },
    {
      residentId: idOf("gao-lei"),
      channel: "COUNTY_CENTRE",
      servicePointCode: "CENTRE",
      applicant: self,
      steps: [
        { workingDaysAgo: 20, time: "10:30", action: submit },
        { workingDaysAgo: 20, time: "10:31", action: insured },
        {
          workingDaysAgo: 20,
          time: "10:40",
          action: { type: "ISSUE_ON_THE_SPOT", collector: { kind: "SELF" } },
        },
      ],
    },
  ];
}

function actorKindOf(by: ApplicationAction["by"]): "CITIZEN" | "STAFF" | "SYSTEM" | "EMPLOYER" {
  return by === "APPLICANT" ? "CITIZEN" : by;
}

function workingDaysBefore(calendar: CoveredWorkingCalendar, today: string, n: number): string {
  let day = epochDayOf(today);
  for (let counted = 0; counted < n; ) {
    day -= 1;
    if (calendar.isWorkingDay(isoDateOfEpochDay(day))) counted += 1;
  }
  return isoDateOfEpochDay(day);
}

/** Adds the Monday-morning applications, once: a person who has any is left alone. */
export async function seedDemoApplications(
  database: { prisma: PrismaClient; protector: DataProtector },
  now: Date,
): Promise<void> {
  const { prisma, protector } = database;
  const calendar = createCoveredWorkingCalendar({
    holidays: calendar2026.filter((day) => day.kind === "HOLIDAY").map((day) => day.date),
    makeUpWorkdays: calendar2026
      .filter((day) => day.kind === "MAKE_UP_WORKDAY")
      .map((day) => day.date),
    coveredYears: [2026],
  });
  const today = chinaToday(now);
  const photo = demoPhotoJpeg();
  const sha256 = createHash("sha256").update(photo).digest("hex");
  const points = new Map(
    (await prisma.servicePoint.findMany()).map((point) => [point.code, point]),
  );
  const clerks = new Map(
    (await prisma.staffUser.findMany({ select: { id: true, servicePointId: true, role: true } }))
      .filter((user) => user.role === "SERVICE_POINT_CLERK" || user.role === "COUNTY_CENTRE_CLERK")
      .map((user) => [user.servicePointId, user.id]),
  );

  for (const scenario of scenarios()) {
    const person = await prisma.person.findUnique({
      where: { residentIdIndex: protector.residentIdIndex(scenario.residentId) },
      select: { id: true, phoneSealed: true },
    });
    if (!person) continue;
    if (await prisma.cardApplication.findFirst({ where: { personId: person.id } })) continue;
    const point = points.get(scenario.servicePointCode);
    if (!point) throw new Error(`no demo service point ${scenario.servicePointCode}`);

    await prisma.$transaction(async (tx) => {
      const sequence = await tx.$queryRaw<
        { n: bigint }[]
      >`SELECT nextval('card_application_reference_seq') AS n`;
      const firstDay = workingDaysBefore(calendar, today, scenario.steps[0]?.workingDaysAgo ?? 0);
      const reference = `YX${firstDay.replaceAll("-", "")}${String(sequence[0]?.n ?? 0n).padStart(5, "0")}`;
      let application = {
        channel: scenario.channel,
        applicant: scenario.applicant,
        actions: [] as ApplicationAction[],
      };
      for (const [index, step] of scenario.steps.entries()) {
        const day = workingDaysBefore(calendar, today, step.workingDaysAgo);
        // A step set later today than the seed's `now` (seeded before nine in the morning)
        // happened a moment ago instead, in its order: nothing is recorded in the future.
        const stepsAfter = scenario.steps.length - index;
        const at = new Date(
          Math.min(
            new Date(`${day}T${step.time ?? "10:00"}:00+08:00`).getTime(),
            now.getTime() - stepsAfter * 1000,
          ),
        ).toISOString();
        const told = application.actions.findLast((done) => done.type === "MARK_READY");
        const facts =
          step.action.type === "SUBMIT"
            ? { ...step.action, receiptNumber: reference }
            : step.action.type === "MARK_READY"
              ? { ...step.action, servicePointId: point.id, pickupDeadline: pickupDeadlineOf(day) }
              : step.action.type === "EXPIRE_PICKUP"
                ? { ...step.action, pickupDeadline: told?.pickupDeadline ?? day }
                : step.action;
        const action = { ...facts, at, by: step.by ?? "STAFF" } as ApplicationAction;
        const applied = applyAction(application, action);
        if (!applied.ok)
          throw new Error(
            `demo application of ${scenario.residentId.slice(-4)}: ${action.type} refused`,
          );
        application = applied.application;
      }
      const { actions } = application;
      const status = applicationStatusOf(actions);
      const due = dueDateOf(application, calendar);
      const submittedAt = new Date(actions[0]?.at ?? now);
      const ready = actions.findLast((action) => action.type === "MARK_READY");
      const last = actions.at(-1);
      const row = await tx.cardApplication.create({
        data: {
          personId: person.id,
          reference,
          kind: "FIRST_ISSUE",
          channel: scenario.channel,
          applicantKind: scenario.applicant.kind,
          applicantSealed:
            scenario.applicant.kind === "SELF"
              ? null
              : protector.seal(JSON.stringify(scenario.applicant), "application.applicant"),
          servicePointId: point.id,
          phoneSealed: person.phoneSealed
            ? protector.seal(
                protector.open(person.phoneSealed, "person.phone"),
                "application.phone",
              )
            : null,
          status,
          version: actions.length + 1,
          submittedAt,
          clockStartedOn: new Date(`${chinaToday(submittedAt)}T00:00:00Z`),
          dueDate: new Date(`${due.dueDate}T00:00:00Z`),
          dueDateProvisional: due.provisional,
          readyAt: ready ? new Date(ready.at) : null,
          pickupBy: ready ? new Date(`${ready.pickupDeadline}T00:00:00Z`) : null,
          closedAt:
            (closedApplicationStatuses as readonly string[]).includes(status) && last
              ? new Date(last.at)
              : null,
        },
      });
      await tx.cardApplicationAction.createMany({
        data: actions.map(({ type, at, ...detail }, index) => ({
          applicationId: row.id,
          personId: person.id,
          seq: index + 1,
          action: type,
          at: new Date(at),
          actorKind: actorKindOf(detail.by),
          actorId:
            detail.by === "APPLICANT"
              ? person.id
              : detail.by === "SYSTEM"
                ? "cards.expire-pickup"
                : (clerks.get(point.id) ?? null),
          servicePointId: detail.by === "STAFF" ? point.id : null,
          detail,
        })),
      });
      // The inbox message of each status change, as writeApplicationAction leaves them; all
      // read but the latest.
      const changes = actions.flatMap((action, index) => {
        const reached = applicationStatusOf(actions.slice(0, index + 1));
        const before = index === 0 ? null : applicationStatusOf(actions.slice(0, index));
        return reached === before ? [] : [{ index, at: new Date(action.at), status: reached }];
      });
      await tx.citizenNotification.createMany({
        data: changes.map((change, position) => ({
          personId: person.id,
          createdAt: change.at,
          topic: "APPLICATION_STATUS",
          applicationId: row.id,
          facts: { reference, status: change.status, servicePointId: point.id },
          readAt:
            position === changes.length - 1 ? null : new Date(change.at.getTime() + 3_600_000),
          dedupeKey: `application:${row.id}:${change.index + 1}`,
        })),
      });
      await tx.cardPhoto.create({
        data: {
          personId: person.id,
          applicationId: row.id,
          sha256,
          bytes: new Uint8Array(photo),
          width: 358,
          height: 441,
          createdAt: submittedAt,
        },
      });
      if (status === "COLLECTED" && last) {
        const number = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('card_number_seq') AS n`;
        await tx.card.create({
          data: {
            personId: person.id,
            number: `Y${String(number[0]?.n ?? 0n).padStart(8, "0")}`,
            status: "ACTIVE",
            applicationId: row.id,
            issuedAt: new Date(last.at),
          },
        });
      }
    });
  }
}

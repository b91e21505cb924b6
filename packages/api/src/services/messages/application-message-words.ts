import type { ApplicationStatus } from "@yibao/domain";

/**
 * What a message about an application may tell, as facts: the receipt number, where the card
 * waits, the last day to collect it at the service point, the last day before it is cancelled,
 * a settled due date, the days left. Never an ID number, never a name.
 */
export interface ApplicationMessageFacts {
  reference: string;
  place?: { name: string; address: string; openingHours: string } | undefined;
  pickupBy?: string | undefined;
  recallBy?: string | undefined;
  dueDate?: string | undefined;
  daysLeft?: number | undefined;
}

/** Every message about an application: one per status, the pickup reminder, a settled due date. */
export type ApplicationMessageKind = ApplicationStatus | "PICKUP_REMINDER" | "DUE_DATE_CHANGED";

type Words = { title: string; body: (facts: ApplicationMessageFacts) => string };

/** `县医保中心（城关镇人民路 1 号，周一至周五 8:30-17:00）`: the place, its address and hours. */
function placeOf(facts: ApplicationMessageFacts): string {
  const place = facts.place;
  if (!place) return "服务点";
  const details = [place.address, place.openingHours].filter((part) => part !== "").join("，");
  return details === "" ? place.name : `${place.name}（${details}）`;
}

const bring = "携带本人有效证件";

/**
 * The words of each message in zh-CN, the county's language of record: the in-app inbox shows
 * the title and the body, the text message the body after the provider's signature, so the two
 * always say the same (DOMAIN.md, "Application states as citizens read them").
 */
export const applicationMessageWords: Readonly<Record<ApplicationMessageKind, Words>> = {
  SUBMITTED: {
    title: "制卡申请已受理",
    body: (f) =>
      `您的医保卡申请已受理，受理编号${f.reference}。我们会在承诺时限内办结，请留意办理进度。`,
  },
  NEEDS_MATERIALS: {
    title: "请补充材料",
    body: (f) =>
      `您的医保卡申请（${f.reference}）需要补充材料，请在“办理进度”中查看需补的全部材料。`,
  },
  REFUSED: {
    title: "申请不予受理",
    body: (f) => `您的医保卡申请（${f.reference}）不予受理，原因和办理建议请在“办理进度”中查看。`,
  },
  WITHDRAWN: {
    title: "申请已撤回",
    body: (f) => `您已撤回医保卡申请（${f.reference}）。`,
  },
  APPROVED: {
    title: "审核通过",
    body: (f) => `您的医保卡申请（${f.reference}）已审核通过，即将制卡。`,
  },
  IN_PRODUCTION: {
    title: "制卡中",
    body: (f) => `您的医保卡（${f.reference}）正在制作。`,
  },
  PRODUCTION_FAILED: {
    title: "制卡失败",
    body: (f) => `您的医保卡（${f.reference}）制作未成功，我们会重新制作，无需您再次申请。`,
  },
  READY_FOR_PICKUP: {
    title: "医保卡可以领取了",
    body: (f) =>
      `您的医保卡（${f.reference}）已制好，请于${f.pickupBy ?? "领取期限"}前${bring}到${placeOf(f)}领取。`,
  },
  // An employer's card (DOMAIN.md, channel 4): the employer collected it for the person.
  WITH_EMPLOYER: {
    title: "单位已领取医保卡",
    body: (f) => `您的医保卡（${f.reference}）已由您的单位统一领取，请向单位领取。`,
  },
  COLLECTED: {
    title: "医保卡已领取",
    body: (f) => `您的医保卡（${f.reference}）已领取，祝您健康。`,
  },
  UNCOLLECTED: {
    title: "医保卡领取已逾期",
    body: (f) =>
      `您的医保卡（${f.reference}）已过领取期限${f.pickupBy ?? ""}，现仍在${placeOf(f)}，请尽快${bring}领取。逾期未领的卡将退回县医保中心，${f.recallBy ?? ""}后注销。`,
  },
  RETURNED_TO_CENTRE: {
    title: "医保卡已退回县医保中心",
    body: (f) =>
      `您的医保卡（${f.reference}）因逾期未领已退回县医保中心，请于${f.recallBy ?? ""}前${bring}到${placeOf(f)}领取，逾期将注销。`,
  },
  EXPIRED: {
    title: "医保卡已注销",
    body: (f) =>
      `您的医保卡（${f.reference}）保留至${f.recallBy ?? "保留期限"}仍未领取，已注销。如需用卡，请重新申请。`,
  },
  PICKUP_REMINDER: {
    title: "医保卡领取提醒",
    body: (f) =>
      `您的医保卡（${f.reference}）还有${f.daysLeft ?? ""}天到领取期限，请于${f.pickupBy ?? ""}前${bring}到${placeOf(f)}领取，逾期未领的卡将退回县医保中心。`,
  },
  DUE_DATE_CHANGED: {
    title: "办结时限已确定",
    body: (f) =>
      `因国家节假日安排公布，您的医保卡申请（${f.reference}）的办结时限确定为${f.dueDate ?? ""}。`,
  },
};

export function applicationMessage(
  kind: ApplicationMessageKind,
  facts: ApplicationMessageFacts,
): { title: string; body: string } {
  const words = applicationMessageWords[kind];
  return { title: words.title, body: words.body(facts) };
}

/** The facts as a text message's parameters (strings, sealed in the outbox), and back. */
export function messageParamsOf(facts: ApplicationMessageFacts): Record<string, string> {
  const params: Record<string, string> = { reference: facts.reference };
  if (facts.place) {
    params.placeName = facts.place.name;
    params.placeAddress = facts.place.address;
    params.placeHours = facts.place.openingHours;
  }
  if (facts.pickupBy) params.pickupBy = facts.pickupBy;
  if (facts.recallBy) params.recallBy = facts.recallBy;
  if (facts.dueDate) params.dueDate = facts.dueDate;
  if (facts.daysLeft !== undefined) params.daysLeft = String(facts.daysLeft);
  return params;
}

export function factsOfMessageParams(params: Record<string, string>): ApplicationMessageFacts {
  return {
    reference: params.reference ?? "",
    place:
      params.placeName === undefined
        ? undefined
        : {
            name: params.placeName,
            address: params.placeAddress ?? "",
            openingHours: params.placeHours ?? "",
          },
    pickupBy: params.pickupBy,
    recallBy: params.recallBy,
    dueDate: params.dueDate,
    daysLeft: params.daysLeft === undefined ? undefined : Number(params.daysLeft),
  };
}

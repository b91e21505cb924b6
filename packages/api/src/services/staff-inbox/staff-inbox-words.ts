import {
  type StaffNotificationFactsOf,
  type StaffNotificationTopic,
  staffNotificationFacts,
} from "@yibao/domain";

export interface InboxWords {
  title: string;
  body: string;
}

type Wording = {
  [T in StaffNotificationTopic]: (facts: StaffNotificationFactsOf<T>) => InboxWords;
};

const pieces = (point: { dueToday: number; overdue: number; escalated: number }) =>
  [
    point.dueToday > 0 ? `今日到期 ${point.dueToday} 件` : null,
    point.overdue > 0 ? `已超期 ${point.overdue} 件` : null,
    point.escalated > 0 ? `督办 ${point.escalated} 件` : null,
  ].filter((piece) => piece !== null);

/** What each topic says, in zh-CN (the county's language of record), from the message's facts. */
const wording: Wording = {
  MORNING_DIGEST: ({ date, servicePoints }) => {
    const title = `每日办理提醒（${date}）`;
    const busy = servicePoints.filter((point) => pieces(point).length > 0);
    if (busy.length === 0) {
      return { title, body: "今日没有到期、超期或督办的制卡申请。" };
    }
    const total = (key: "dueToday" | "overdue" | "escalated") =>
      servicePoints.reduce((sum, point) => sum + point[key], 0);
    const lines = busy.map((point) => `${point.name}：${pieces(point).join("，")}。`);
    const summary =
      servicePoints.length > 1
        ? [
            `全县今日到期 ${total("dueToday")} 件，已超期 ${total("overdue")} 件，督办 ${total("escalated")} 件。`,
          ]
        : [];
    return {
      title,
      // The queues as the reader's app names them: the county centre's is "overdue across the county".
      body: [
        ...summary,
        ...lines,
        `请在“制卡申请”的“${servicePoints.length > 1 ? "全县超期件" : "已超期"}”“督办件”队列中优先办理。`,
      ].join("\n"),
    };
  },
  CALENDAR_YEAR_MISSING: ({ year }) => ({
    title: `请录入${year}年节假日安排`,
    body: `${year}年节假日安排尚未录入。国务院办公厅发布通知后，请在“工作日历”中录入全年的节假日和调休上班日；录入前，${year}年的办结时限按周一至周五暂定计算。`,
  }),
};

/**
 * The words of one stored message. Facts its topic's schema refuses (a topic retired, a message
 * written by an older version) still make a message, without the figures.
 */
export function staffInboxWords(topic: string, facts: unknown): InboxWords {
  if (!(topic in staffNotificationFacts)) return { title: "消息", body: "" };
  const known = topic as StaffNotificationTopic;
  const parsed = staffNotificationFacts[known].safeParse(facts);
  if (!parsed.success) return { title: "消息", body: "" };
  return (wording[known] as (facts: unknown) => InboxWords)(parsed.data);
}

import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `jobsEn` has the same keys. */
export const jobsZhCN = {
  heading: "后台任务",
  intro:
    "后台任务（发送短信、领卡提醒、逾期处理、清理过期数据等）失败后会按间隔自动重试。以下是重试次数用完后仍然失败的任务，请根据错误信息排查；同一任务下次按计划运行时会重新执行。",
  empty: "没有失败的后台任务。",
  tableLabel: "失败的后台任务",
  columns: {
    name: "任务",
    failedAt: "失败时间",
    retries: "已重试次数",
    error: "错误信息",
    id: "任务编号",
  },
  retries: "{{retries}} / {{limit}} 次",
  noError: "（未记录错误信息）",
  // By the job's name, `area.verb-noun`: the area and the verb nest as the name reads.
  names: {
    security: { "clean-up": "清理过期会话与验证码" },
    messages: { deliver: "发送短信" },
    cards: {
      "expire-pickup": "领卡期满转逾期未领",
      "cancel-uncollected": "注销逾期未领的卡",
      "remind-pickup": "领卡到期提醒",
    },
    calendar: { "year-missing-reminder": "提醒录入下一年节假日安排" },
  },
};

export const jobsEn: ResourceShape<typeof jobsZhCN> = {
  heading: "Background jobs",
  intro:
    "Background jobs (sending text messages, pickup reminders, the uncollected-card path, clean-up) are retried automatically after a failure. These failed after their last retry: look into the error; the job runs again at its next scheduled time.",
  empty: "No background job has failed.",
  tableLabel: "Failed background jobs",
  columns: {
    name: "Job",
    failedAt: "Failed at",
    retries: "Retries",
    error: "Error",
    id: "Job id",
  },
  retries: "{{retries}} of {{limit}}",
  noError: "(no error recorded)",
  names: {
    security: { "clean-up": "Clean up expired sessions and codes" },
    messages: { deliver: "Send text messages" },
    cards: {
      "expire-pickup": "Pickup period ended: mark uncollected",
      "cancel-uncollected": "Cancel uncollected cards",
      "remind-pickup": "Pickup reminders",
    },
    calendar: { "year-missing-reminder": "Remind to enter next year's holidays" },
  },
};

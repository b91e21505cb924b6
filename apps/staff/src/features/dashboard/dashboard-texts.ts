import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `dashboardEn` has the same keys. */
export const dashboardZhCN = {
  heading: "办理时效",
  intro:
    "按受理日期统计：所选期间内在各服务点受理的制卡申请，办得是否按时，现在还有多少超期、今日到期。",
  period: {
    legend: "统计期间和范围",
    month: "统计月份",
    custom: "自定义期间…",
    from: "开始日期",
    to: "结束日期",
    show: "查询",
    servicePoint: "服务点",
    allServicePoints: "全部服务点",
    showing: "{{from}} 至 {{to}}",
    issues: {
      RANGE_REVERSED: "结束日期不能早于开始日期。",
      RANGE_TOO_LONG: "一次最多统计 366 天，请缩短期间。",
      ISO_DATE_FORMAT: "请选择开始和结束日期。",
    },
  },
  figures: {
    servicePoint: "服务点",
    submitted: "受理件数",
    readyOnTime: "按时办结",
    readyLate: "超时办结",
    overdueNow: "当前超期",
    dueToday: "今日到期",
    medianWorkingDays: "办结用时中位数（工作日）",
    p90WorkingDays: "办结用时90%分位（工作日）",
  },
  table: {
    heading: "各服务点明细",
    caption: "各服务点办理时效，{{from}} 至 {{to}}",
    none: "—",
    noneHint: "“—”表示期间内受理的申请还没有办结的，无法计算用时。",
  },
  chart: {
    heading: "图表",
    label: "各服务点按时办结、超时办结、当前超期和今日到期的件数柱状图；具体数字见下方明细表。",
    axis: "件数",
  },
  export: {
    button: "导出为 Excel 文件",
    exporting: "正在导出…",
    done: "已导出 {{fileName}}",
    failed: "导出没有成功，请重试。",
  },
  definitions: {
    heading: "各项如何统计",
    submitted: "所选期间内（按北京时间的受理日期）在该服务点受理的申请件数。",
    readyOnTime:
      "其中已制好待领（县中心当场发卡的，以发卡为准）且不晚于办结时限的件数；“超时办结”为晚于时限的件数。",
    overdueNow:
      "其中仍在办理（待核验、审核通过、制卡中、制卡失败）且今天已过办结时限的件数；“今日到期”为时限是今天的件数。需补材料的申请等待申请人，不计入。",
    workingDays:
      "办结用时：从受理日（补齐材料的，从补齐之日）的次日起，到制好之日止的工作日数，当天办好为 0；按工作日历扣除节假日、计入调休上班日。中位数和 90% 分位按最近秩法计算。",
  },
};

export const dashboardEn: ResourceShape<typeof dashboardZhCN> = {
  heading: "Service levels",
  intro:
    "Counted by submission date: the card applications submitted at each service point in the period, whether they were done on time, and how many are overdue or due today now.",
  period: {
    legend: "Period and scope",
    month: "Month",
    custom: "Custom period…",
    from: "From",
    to: "To",
    show: "Show",
    servicePoint: "Service point",
    allServicePoints: "All service points",
    showing: "{{from}} to {{to}}",
    issues: {
      RANGE_REVERSED: "The end date cannot be before the start date.",
      RANGE_TOO_LONG: "A period can be at most 366 days; please shorten it.",
      ISO_DATE_FORMAT: "Please choose a start and an end date.",
    },
  },
  figures: {
    servicePoint: "Service point",
    submitted: "Submitted",
    readyOnTime: "Ready on time",
    readyLate: "Ready late",
    overdueNow: "Overdue now",
    dueToday: "Due today",
    medianWorkingDays: "Median working days to ready",
    p90WorkingDays: "90th percentile working days",
  },
  table: {
    heading: "By service point",
    caption: "Service levels by service point, {{from}} to {{to}}",
    none: "—",
    noneHint: "“—”: none of the period's applications is ready yet, so there is no time to count.",
  },
  chart: {
    heading: "Chart",
    label:
      "Bar chart of applications ready on time, ready late, overdue now and due today at each service point; the figures are in the table below.",
    axis: "Applications",
  },
  export: {
    button: "Export as an Excel file",
    exporting: "Exporting…",
    done: "Exported {{fileName}}",
    failed: "The export did not work; please try again.",
  },
  definitions: {
    heading: "How each figure is counted",
    submitted:
      "Applications submitted at the service point in the period (by the submission date in China time).",
    readyOnTime:
      "Of those, made ready for pickup (for a card issued on the spot at the county centre, when issued) on or before the due date; “ready late”: after it.",
    overdueNow:
      "Of those, still being processed (to verify, approved, in production, production failed) with the due date passed today; “due today”: due today. Applications waiting for the applicant's materials are not counted.",
    workingDays:
      "Working days to ready: from the day after the submission (or after the missing materials were supplied) up to the day it was ready, 0 when ready the same day, by the working calendar (holidays off, make-up working days on). Median and 90th percentile by nearest rank.",
  },
};

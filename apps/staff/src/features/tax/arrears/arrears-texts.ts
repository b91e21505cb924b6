import type { ResourceShape } from "@yibao/ui";

/** 欠费: who owes premiums, how much and since when, zh-CN first; `arrearsEn` has the same keys. */
export const arrearsZhCN = {
  heading: "欠费",
  intro:
    "已办理缴费登记、但登记的月份没有征收记录的用人单位和灵活就业人员。每月保费在次月 15 日前缴纳；逾期的按日加收 {{percent}}% 的滞纳金（自欠缴之日起，社会保险法第八十六条）。这里只显示滞纳金，不收取。城乡居民医保按年自愿缴费，不计欠费。",
  upTo: "统计到",
  none: "截至{{month}}，没有欠费的缴费人。",
  totals:
    "截至{{month}}（按 {{asOf}} 计算）：{{payers}} 个缴费人欠费，涉及 {{people}} 人，应缴 {{assessed}}，滞纳金 {{lateFee}}。",
  table: "欠费缴费人",
  column: {
    payer: "缴费人",
    monthsOwed: "欠费月份",
    people: "涉及人数",
    assessed: "应缴金额",
    lateFee: "滞纳金（至今）",
    case: "稽核",
    month: "费款所属期",
    dueDate: "缴费期限",
    wageBase: "缴费基数",
    daysLate: "逾期天数",
  },
  monthsCount: "{{count}} 个月",
  showPeople: "明细",
  showPeopleOf: "{{name}} 的欠费明细",
  peopleOf: "{{name}} 欠费明细",
  openCase: "查看案件",
  openCaseOf: "查看案件（{{name}}）",
  newCase: "立案稽核",
  newCaseFor: "对 {{name}} 立案稽核",
};

export const arrearsEn: ResourceShape<typeof arrearsZhCN> = {
  heading: "Arrears",
  intro:
    "Registered employers and people in flexible employment whose registered months have no collection. A month's premium is due by the 15th of the next month; a late fee of {{percent}}% a day accrues from the day it is owed (Social Insurance Law, art. 86). The fee is shown here, not charged. The resident scheme is a voluntary yearly payment and has no arrears.",
  upTo: "Up to",
  none: "Up to {{month}}, no payer owes anything.",
  totals:
    "Up to {{month}} (as of {{asOf}}): {{payers}} payers owe premiums for {{people}} people — {{assessed}} assessed, {{lateFee}} late fee.",
  table: "Payers in arrears",
  column: {
    payer: "Payer",
    monthsOwed: "Months owed",
    people: "People",
    assessed: "Assessed",
    lateFee: "Late fee so far",
    case: "Supervision",
    month: "Month",
    dueDate: "Due by",
    wageBase: "Wage base",
    daysLate: "Days late",
  },
  monthsCount: "{{count}} months",
  showPeople: "Details",
  showPeopleOf: "Details of what {{name}} owes",
  peopleOf: "What {{name}} owes, person by person",
  openCase: "Open the case",
  openCaseOf: "Open the case against {{name}}",
  newCase: "Open a case",
  newCaseFor: "Open a case against {{name}}",
};

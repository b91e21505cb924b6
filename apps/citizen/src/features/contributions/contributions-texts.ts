import type { ResourceShape } from "@yibao/ui";

/** 缴费记录: the texts of the contributions page, zh-CN first; `contributionsEn` has the same keys. */
export const contributionsZhCN = {
  intro:
    "每月的医保费由单位和个人缴纳。缴费总额中，一部分划入您的个人账户，可以用于看病买药；其余进入统筹基金，用于住院等报销。",
  years: "选择年份",
  year: "{{year}}年",
  summary: "{{year}}年已缴费 {{paid}} 个月，共划入个人账户 {{credited}}。",
  summaryNone: "{{year}}年没有缴费记录。",
  paid: "已缴费",
  unpaid: "未缴费",
  thisMonthHint: "本月的保费一般在月内缴纳，缴费后会显示在这里。",
  total: "缴费总额",
  credited: "划入个人账户",
  employer: "缴费单位",
  employerUnnamed: "统一社会信用代码 {{creditCode}}",
  selfPaid: "个人缴费",
  empty: "暂无缴费记录。",
};

export const contributionsEn: ResourceShape<typeof contributionsZhCN> = {
  intro:
    "Each month your employer and you pay the premium. Part of it is credited to your personal account, for doctors and medicines; the rest goes to the pooled fund, which pays for hospital stays and other benefits.",
  years: "Choose a year",
  year: "{{year}}",
  summary: "{{year}}: {{paid}} months paid, {{credited}} credited to your personal account.",
  summaryNone: "{{year}}: no contributions.",
  paid: "Paid",
  unpaid: "Not paid",
  thisMonthHint:
    "This month's premium is usually paid during the month; it appears here once paid.",
  total: "Premium paid",
  credited: "Credited to your account",
  employer: "Paid by",
  employerUnnamed: "Unified social credit code {{creditCode}}",
  selfPaid: "Paid by yourself",
  empty: "No contributions yet.",
};

import type { ResourceShape } from "@yibao/ui";

/** 基金收入决算: a closed year's final accounts, zh-CN first; `finalAccountsEn` has the same keys. */
export const finalAccountsZhCN = {
  year: "决算年度",
  yearOption: "{{year}}年",
  showing: "{{year}}年基金收入决算，欠费按 {{asOf}} 计算。",
  totalsHeading: "{{year}}年全年收入",
  item: "项目",
  yearColumn: "{{year}}年",
  change: "比上年增减",
  sharesHeading: "收入构成（占征收合计）",
  shares: {
    employee: "职工个人缴费",
    employer: "单位缴费",
    resident: "城乡居民缴费",
    pooled: "划入统筹基金",
  },
  monthsCaption: "{{year}}年各月基金收入",
};

export const finalAccountsEn: ResourceShape<typeof finalAccountsZhCN> = {
  year: "Year",
  yearOption: "{{year}}",
  showing: "Final accounts of the fund's income for {{year}}; arrears as of {{asOf}}.",
  totalsHeading: "{{year}} for the whole year",
  item: "Item",
  yearColumn: "{{year}}",
  change: "Change on the year before",
  sharesHeading: "How the income divides (of what was collected)",
  shares: {
    employee: "Employees' parts",
    employer: "Employers' parts",
    resident: "Resident scheme",
    pooled: "To the pooled fund",
  },
  monthsCaption: "Fund income for each month of {{year}}",
};

import type { ResourceShape } from "@yibao/ui";

/** 基金收入预算建议: the budget proposal, zh-CN first; `budgetEn` has the same keys. */
export const budgetZhCN = {
  year: "预算年度",
  yearOption: "{{year}}年",
  proposalHeading: "{{year}}年基金收入预算建议",
  change:
    "{{year}}年全年预计 {{estimate}}（已过月份按实际，其余按趋势推算），建议数与之相比 {{change}}。",
  noChange: "{{year}}年没有征收数据，无法与之比较。",
  methodHeading: "推算方法",
  methods: {
    LINEAR_TREND:
      "取 {{from}} 至 {{to}} 共 {{months}} 个完整月份的征收合计，用最小二乘法拟合一条直线（月均 {{average}}，每月变化 {{slope}}），按这条直线推算预算年度每个月的收入（不低于 0），再相加。",
    AVERAGE: "只有 {{from}} 一个完整月份的数据（{{average}}），预算年度每个月都按这个数推算。",
    NO_DATA: "还没有完整月份的征收数据，无法推算。",
  },
  methodNote:
    "本建议只依据{{year}}年及之前的实际征收推算，未考虑缴费基数调整、费率变化或参保人数变化，编制预算时请一并考虑。",
  payers: {
    employers: "已登记的用人单位",
    individuals: "已登记的个人缴费人",
    peoplePaid: "最近一个月缴费人数",
    peoplePaidIn: "{{month}}缴费人数",
  },
  chart: {
    heading: "实际征收与建议",
    label: "柱状图：基年各月实际征收和预算年度各月建议数；具体数字见下方表格。",
    actual: "{{year}}年实际征收",
    proposed: "{{year}}年建议数",
  },
  monthsHeading: "{{year}}年各月建议数",
  monthsTable: "{{year}}年各月基金收入建议数",
  proposed: "建议数",
  actualsHeading: "{{year}}年各月实际征收",
};

export const budgetEn: ResourceShape<typeof budgetZhCN> = {
  year: "Budget year",
  yearOption: "{{year}}",
  proposalHeading: "Income budget proposal for {{year}}",
  change:
    "{{year}} is estimated at {{estimate}} for the year (its months so far as collected, the rest on the trend); the proposal is {{change}} against it.",
  noChange: "Nothing was collected in {{year}}: there is nothing to compare with.",
  methodHeading: "Method",
  methods: {
    LINEAR_TREND:
      "A straight line fitted by least squares to the {{months}} complete months from {{from}} to {{to}} (average {{average}} a month, changing by {{slope}} a month), carried through each month of the budget year (never below 0), and summed.",
    AVERAGE:
      "Only one complete month, {{from}} ({{average}}), is known: every month of the budget year is taken at that amount.",
    NO_DATA: "No complete month has been collected yet: there is nothing to project from.",
  },
  methodNote:
    "The proposal rests on what was collected up to {{year}} only: changes to wage bases, rates or the number of insured are not in it and are for the budget to weigh.",
  payers: {
    employers: "Employers registered",
    individuals: "Individual payers registered",
    peoplePaid: "People paid for last month",
    peoplePaidIn: "People paid for in {{month}}",
  },
  chart: {
    heading: "Collected and proposed",
    label:
      "Bar chart: the base year's months as collected and the budget year's months as proposed. The tables below hold the numbers.",
    actual: "Collected in {{year}}",
    proposed: "Proposed for {{year}}",
  },
  monthsHeading: "{{year}} month by month",
  monthsTable: "Proposed fund income for each month of {{year}}",
  proposed: "Proposed",
  actualsHeading: "{{year}} as collected, month by month",
};

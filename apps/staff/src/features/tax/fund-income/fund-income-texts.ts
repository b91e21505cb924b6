import type { ResourceShape } from "@yibao/ui";

/** 基金收入: the fund's income report, zh-CN first; `fundIncomeEn` has the same keys. */
export const fundIncomeZhCN = {
  heading: "基金收入",
  range: {
    from: "起始月份",
    to: "截止月份",
    show: "查询",
    issues: {
      EMPTY: "请选择起始月份和截止月份。",
      RANGE_REVERSED: "起始月份不能晚于截止月份。",
      RANGE_TOO_LONG: "一次最多查询 36 个月。",
    },
  },
  showing: "{{from}} 至 {{to}}，数据截至 {{asOf}}。",
  figures: {
    employeeFen: "职工个人缴费",
    employerFen: "单位缴费",
    residentFen: "城乡居民缴费",
    collectedFen: "征收合计",
    creditedFen: "划入个人账户",
    pooledFen: "划入统筹基金",
    arrearsFen: "欠费（未征收）",
  },
  chart: {
    heading: "各月征收情况",
    label:
      "柱状图：各月职工个人缴费、单位缴费和城乡居民缴费（叠加），折线为欠费；具体数字见下方明细表。",
    axis: "金额（元）",
  },
  table: {
    heading: "明细",
    caption: "基金收入明细，{{from}} 至 {{to}}",
    month: "月份",
    yearTotal: "{{year}}年合计",
    total: "合计",
  },
  definitions:
    "职工医保按费款所属期统计（灵活就业人员的保费计入职工个人缴费），城乡居民医保按缴费到账的月份统计。划入个人账户的金额来自个人账户的入账记录；征收合计减去划入个人账户即为划入统筹基金。欠费按今天的登记和缴费基数计算。",
  export: {
    button: "导出为 Excel 文件",
    exporting: "正在导出…",
    done: "已导出 {{fileName}}",
    failed: "导出失败，请重试。",
  },
};

export const fundIncomeEn: ResourceShape<typeof fundIncomeZhCN> = {
  heading: "Fund income",
  range: {
    from: "From",
    to: "To",
    show: "Show",
    issues: {
      EMPTY: "Choose the first and the last month.",
      RANGE_REVERSED: "The first month cannot be after the last.",
      RANGE_TOO_LONG: "At most 36 months at a time.",
    },
  },
  showing: "{{from}} to {{to}}, as of {{asOf}}.",
  figures: {
    employeeFen: "Employees' parts",
    employerFen: "Employers' parts",
    residentFen: "Resident scheme",
    collectedFen: "Collected",
    creditedFen: "To personal accounts",
    pooledFen: "To the pooled fund",
    arrearsFen: "Arrears outstanding",
  },
  chart: {
    heading: "Collected each month",
    label:
      "Bar chart: the employees' parts, the employers' parts and the resident scheme each month, stacked; the line shows arrears. The table below holds the numbers.",
    axis: "Amount (yuan)",
  },
  table: {
    heading: "Figures",
    caption: "Fund income, {{from}} to {{to}}",
    month: "Month",
    yearTotal: "{{year}} total",
    total: "Total",
  },
  definitions:
    "The employee scheme counts by the month paid for (flexible workers' premiums count as employees' parts); the resident scheme by the month the payment arrived. What went to personal accounts comes from the accounts' credits; the rest of what was collected went to the pooled fund. Arrears are assessed on today's registrations and wage bases.",
  export: {
    button: "Export as an Excel file",
    exporting: "Exporting…",
    done: "Exported {{fileName}}",
    failed: "The export failed. Try again.",
  },
};

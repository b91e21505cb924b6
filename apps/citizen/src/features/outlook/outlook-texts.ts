import type { ResourceShape } from "@yibao/ui";

/** "医保卡里的钱会不会用完？": the texts of the projection page; `outlookEn` has the same keys. */
export const outlookZhCN = {
  // The FAQ's own question, also the link to this page from the balance page.
  question: "医保卡里的钱会不会用完？",
  answer: {
    LASTS: "按您近12个月平均每月净支出 {{net}}，余额约可用 {{months}} 个月{{about}}。",
    LASTS_SOON: "按您近12个月平均每月净支出 {{net}}，余额已不够一个月的支出。",
    GROWING: "您的余额在增长：近12个月平均每月划入比支出多 {{net}}。",
    NO_SPENDING: "近12个月没有支出，余额没有减少。",
  },
  // From two years on, the months are also said in years: 63 个月（5 年多）.
  years: "（{{years}} 年）",
  overYears: "（{{years}} 年多）",
  balance: "现在的余额",
  averageNet: "近12个月平均每月净支出",
  averageGrowth: "近12个月平均每月净增加",
  sealed:
    "您的账户已封存，封存期间不能从个人账户支付，余额暂时不会减少。上面是按近12个月的实际收支算的，供您参考。",
  method:
    "怎么算的：把近12个月从个人账户支付的钱，减去同期划入的钱，再除以12，得到平均每月净支出；用现在的余额除以它，就是大约还能用几个月。这只是估算，以后看病多少会变。",
  reassurance:
    "个人账户的钱用完了，医保待遇不受影响：住院和门诊统筹等费用仍按规定由统筹基金报销，只是原来用个人账户支付的部分需要自己付。",
  chartHeading: "月末余额",
  chartLabel: "近12个月的月末余额图{{projected}}。{{answer}}",
  chartProjectedLabel: "和按平均支出估算的今后12个月余额（虚线）",
  actual: "实际月末余额",
  projected: "估算余额（虚线）",
  tableSummary: "查看每月余额（表格）",
  tableCaption: "每月月末余额",
  month: "月份",
  monthEndBalance: "月末余额",
  kind: "类别",
  kindActual: "实际",
  kindProjected: "估算",
};

export const outlookEn: ResourceShape<typeof outlookZhCN> = {
  question: "Will the money on my card run out?",
  answer: {
    LASTS:
      "At your average net spending of {{net}} a month over the last 12 months, the balance lasts about {{months}} months{{about}}.",
    LASTS_SOON:
      "At your average net spending of {{net}} a month over the last 12 months, the balance does not cover another month.",
    GROWING:
      "Your balance is growing: over the last 12 months, {{net}} a month more was credited than spent.",
    NO_SPENDING: "Nothing was spent in the last 12 months: the balance has not gone down.",
  },
  years: " ({{years}} years)",
  overYears: " (over {{years}} years)",
  balance: "Balance now",
  averageNet: "Average net spending a month, last 12 months",
  averageGrowth: "Average net growth a month, last 12 months",
  sealed:
    "Your account is sealed: while it is, nothing is paid from it and the balance does not go down. The figures above come from the last 12 months as they were, for your information.",
  method:
    "How it is worked out: the money paid from your personal account in the last 12 months, less the money credited to it, divided by 12, is the average net spending a month; the balance divided by that is about how many months it lasts. It is an estimate: how much you will need the doctor will vary.",
  reassurance:
    "If the personal account runs out, your insurance still works: hospital stays and other covered costs are still paid by the pooled fund as the rules say; only what the personal account used to pay, you pay yourself.",
  chartHeading: "Month-end balance",
  chartLabel: "Chart of the month-end balance over the last 12 months{{projected}}. {{answer}}",
  chartProjectedLabel: " and, dashed, the next 12 months at the average spending",
  actual: "Month-end balance",
  projected: "Estimate (dashed)",
  tableSummary: "Show each month's balance (table)",
  tableCaption: "Balance at the end of each month",
  month: "Month",
  monthEndBalance: "Month-end balance",
  kind: "Kind",
  kindActual: "Actual",
  kindProjected: "Estimate",
};

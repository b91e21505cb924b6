import type { ResourceShape } from "@yibao/ui";
import { arrearsEn, arrearsZhCN } from "./arrears/arrears-texts";
import { collectionsEn, collectionsZhCN } from "./collections/collections-texts";
import { budgetEn, budgetZhCN } from "./fund-income/budget-texts";
import { finalAccountsEn, finalAccountsZhCN } from "./fund-income/final-accounts-texts";
import { fundIncomeEn, fundIncomeZhCN } from "./fund-income/fund-income-texts";
import { historyEn, historyZhCN } from "./payers/history-texts";
import { payersEn, payersZhCN } from "./payers/payers-texts";
import { supervisionEn, supervisionZhCN } from "./supervision/supervision-texts";

/**
 * The tax officer's pages (issue: the tax authority), zh-CN first; `taxEn` has the same keys.
 * The words every page shares are here, each area's own in its folder.
 */
export const taxZhCN = {
  none: "无",
  close: "关闭",
  listSeparator: "、",
  coverYear: "{{year}}年度",
  statuses: {
    NOT_REGISTERED: "未登记",
    REGISTERED: "已登记",
    CANCELLED: "已注销",
  },
  schemes: {
    FLEXIBLE_EMPLOYMENT: "灵活就业人员（职工医保）",
    RESIDENT: "城乡居民医保",
  },
  schemeHints: {
    FLEXIBLE_EMPLOYMENT: "没有用人单位、以个人身份参加职工医保：个人缴纳全部保费，有个人账户。",
    RESIDENT: "按年缴费（每年的缴费期内缴纳次年的保费），没有个人账户。",
  },
  eventKinds: {
    REGISTERED: "缴费登记",
    CHANGED: "变更登记",
    CANCELLED: "注销登记",
  },
  grounds: {
    ARREARS: "欠缴保费",
    WAGE_BASE_BELOW_FLOOR: "缴费基数低于下限",
    REPORT: "群众举报",
  },
  entryKinds: {
    INSPECTION: "检查",
    FINDING: "查明情况",
    DECISION: "处理决定",
  },
  entryKindHints: {
    INSPECTION: "到单位或约谈缴费人，核查工资、名册和缴费记录。",
    FINDING: "查明的事实，如欠缴的月份和金额。",
    DECISION: "作出处理决定后本案结案，不能再记录。",
  },
  decisions: {
    ORDER_TO_PAY: "责令限期缴纳",
    FINE: "处以罚款",
    NO_VIOLATION: "未发现违规",
  },
  caseStatuses: {
    OPEN: "办理中",
    CLOSED: "已结案",
  },
  // TAX_RECORD_CONFLICT: the record's state does not take the change asked, by reason.
  conflicts: {
    NOT_REGISTERED: "该缴费人目前没有有效的缴费登记（未登记或已注销），不能办理此项操作。",
    EMPLOYMENT_OVERLAPS: "这位职工在该单位已有参保记录，起止月份与本次重叠。",
    EMPLOYMENT_ENDED: "这条参保记录已经结束，不能再次结束。",
    CASE_CLOSED: "本案已作出处理决定并结案，不能再记录。",
    YEAR_NOT_CLOSED: "这一年还没有结束，不能出决算。",
    FILE_REFUSED: "这个文件无法读取，不能入账。请改正后重新导入。",
    IDEMPOTENCY_KEY_REUSED: "这次入账请求与另一批数据冲突，请刷新页面后再试。",
  },
  // The server's and the forms' issue codes, whatever the field.
  issues: {
    EMPTY: "此项不能为空。",
    BEFORE_REGISTRATION: "不能早于缴费登记的日期。",
    BEFORE_CANCELLATION: "重新登记的日期不能早于上次注销的日期。",
    BEFORE_FROM_MONTH: "结束月份不能早于起始月份。",
    NOTHING_CHANGED: "名称和地址都没有改变。",
    IN_FUTURE: "不能晚于今天。",
    REQUIRED: "请选择处理决定。",
    NOT_A_DECISION: "只有处理决定才选择决定内容。",
  },
  fields: {
    creditCode: {
      label: "统一社会信用代码",
      hint: "18 位，数字和大写字母（不含 I、O、Z、S、V），在营业执照上。",
      issues: {
        EMPTY: "请输入统一社会信用代码。",
        too_big: "代码太长，请核对。",
        WRONG_LENGTH: "统一社会信用代码应为 18 位，请核对位数。",
        INVALID_CHARACTERS: "代码只能包含数字和大写字母，且不含 I、O、Z、S、V。",
        INVALID_REGION_CODE: "代码的第 3 至 8 位应为行政区划代码（6 位数字），请核对。",
        CHECK_CHARACTER_MISMATCH:
          "代码的最后一位与前 17 位对不上，可能有输错的字符，请逐位核对。个别试点地区早期发放的代码确实无法通过校验，这类单位请由县医保中心经办人登记并记录原因。",
      },
    },
    name: {
      label: "单位名称",
      issues: { EMPTY: "请输入单位名称。", NOTHING_CHANGED: "名称和地址都没有改变，不需要变更。" },
    },
    address: { label: "单位地址", issues: { EMPTY: "请输入单位地址。" } },
    registeredOn: {
      label: "登记日期",
      hint: "缴费登记生效的日期，默认今天。",
      issues: { EMPTY: "请选择登记日期。" },
    },
    effectiveOn: { label: "变更生效日期", issues: { EMPTY: "请选择生效日期。" } },
    cancelledOn: { label: "注销日期", issues: { EMPTY: "请选择注销日期。" } },
    scheme: { label: "参保险种", issues: { EMPTY: "请选择参保险种。" } },
    residentId: {
      issues: {
        NOT_FOUND: "本县没有这个身份证号码的参保人，请与证件核对；新参保的请先办理参保登记。",
      },
    },
    fromMonth: {
      label: "起始月份",
      hint: "单位从哪个月开始为这位职工缴费。",
      issues: { EMPTY: "请选择起始月份。" },
    },
    toMonth: {
      label: "结束月份",
      hint: "单位为这位职工缴费的最后一个月；个人账户从下个月起封存。",
      issues: { EMPTY: "请选择结束月份。" },
    },
    ground: { label: "立案原因", issues: { EMPTY: "请选择立案原因。" } },
    kind: { label: "记录类型", issues: { EMPTY: "请选择记录类型。" } },
    decision: { label: "处理决定", issues: { EMPTY: "请选择处理决定。" } },
    occurredOn: {
      label: "发生日期",
      issues: { EMPTY: "请选择日期。", IN_FUTURE: "日期不能晚于今天。" },
    },
    openingNote: { label: "立案情况" },
    note: {
      label: "情况说明",
      hint: "写明检查、查明的事实或决定的内容。不要写参保人的身份证号码、电话等个人信息。",
      issues: { EMPTY: "请填写情况说明。" },
    },
  },
  fundReports: {
    label: "基金收入报表",
    income: "基金收入",
    budget: "基金收入预算建议",
    "final-accounts": "基金收入决算",
    intro: {
      income:
        "按月份统计医保基金的保费收入：职工个人缴费、单位缴费、城乡居民缴费，其中划入个人账户和统筹基金的部分，以及尚未征收的欠费。",
      budget:
        "根据本年度各月实际征收情况推算下一年度的基金收入，供编制基金收入预算参考。推算方法写在建议旁边。",
      "final-accounts": "已经结束的年度的基金收入决算：全年合计、与上年比较、收入构成和各月明细。",
    },
  },
  payers: payersZhCN,
  history: historyZhCN,
  collections: collectionsZhCN,
  arrears: arrearsZhCN,
  supervision: supervisionZhCN,
  fundIncome: fundIncomeZhCN,
  budget: budgetZhCN,
  finalAccounts: finalAccountsZhCN,
};

export const taxEn: ResourceShape<typeof taxZhCN> = {
  none: "None",
  close: "Close",
  listSeparator: ", ",
  coverYear: "Year {{year}}",
  statuses: {
    NOT_REGISTERED: "Not registered",
    REGISTERED: "Registered",
    CANCELLED: "Cancelled",
  },
  schemes: {
    FLEXIBLE_EMPLOYMENT: "Flexible employment (employee scheme)",
    RESIDENT: "Resident scheme",
  },
  schemeHints: {
    FLEXIBLE_EMPLOYMENT:
      "In the employee scheme without an employer: the person pays the whole premium and has a personal account.",
    RESIDENT:
      "Paid once a year (in each year's payment period, for the year after); no personal account.",
  },
  eventKinds: {
    REGISTERED: "Registered",
    CHANGED: "Changed",
    CANCELLED: "Cancelled",
  },
  grounds: {
    ARREARS: "Premiums owed",
    WAGE_BASE_BELOW_FLOOR: "Wage base below the floor",
    REPORT: "A report received",
  },
  entryKinds: {
    INSPECTION: "Inspection",
    FINDING: "Finding",
    DECISION: "Decision",
  },
  entryKindHints: {
    INSPECTION: "A visit or an interview: wages, staff list and payments checked.",
    FINDING: "A fact established, such as the months and amounts owed.",
    DECISION: "The decision closes the case; nothing more can be recorded after it.",
  },
  decisions: {
    ORDER_TO_PAY: "Ordered to pay within a time limit",
    FINE: "Fined",
    NO_VIOLATION: "No violation found",
  },
  caseStatuses: {
    OPEN: "Open",
    CLOSED: "Closed",
  },
  conflicts: {
    NOT_REGISTERED:
      "This payer has no registration in force (not registered, or cancelled): this cannot be done.",
    EMPLOYMENT_OVERLAPS:
      "This employee already has a period with this employer that overlaps these months.",
    EMPLOYMENT_ENDED: "This period has ended already.",
    CASE_CLOSED: "This case is decided and closed: nothing more can be recorded.",
    YEAR_NOT_CLOSED: "This year has not ended yet: there are no final accounts for it.",
    FILE_REFUSED:
      "This file could not be read and cannot be credited. Correct it and import it again.",
    IDEMPOTENCY_KEY_REUSED:
      "This request clashes with another collection. Reload the page and try again.",
  },
  issues: {
    EMPTY: "This cannot be empty.",
    BEFORE_REGISTRATION: "This cannot be before the payer's registration.",
    BEFORE_CANCELLATION: "A new registration cannot start before the last cancellation.",
    BEFORE_FROM_MONTH: "The last month cannot be before the first.",
    NOTHING_CHANGED: "Neither the name nor the address has changed.",
    IN_FUTURE: "This cannot be after today.",
    REQUIRED: "Choose the decision.",
    NOT_A_DECISION: "Only a decision takes a decision's content.",
  },
  fields: {
    creditCode: {
      label: "Unified social credit code",
      hint: "18 characters, digits and capital letters (no I, O, Z, S or V), on the business licence.",
      issues: {
        EMPTY: "Enter the unified social credit code.",
        too_big: "The code is too long. Check it.",
        WRONG_LENGTH: "A unified social credit code has 18 characters. Check how many you typed.",
        INVALID_CHARACTERS: "Use only digits and capital letters other than I, O, Z, S and V.",
        INVALID_REGION_CODE: "Characters 3 to 8 are the region code (six digits). Check them.",
        CHECK_CHARACTER_MISMATCH:
          "The last character does not match the first 17: a character may be mistyped, check each one. A few genuine early codes from pilot regions fail this check; such an employer is registered by the county centre, with the reason recorded.",
      },
    },
    name: {
      label: "Employer name",
      issues: {
        EMPTY: "Enter the employer's name.",
        NOTHING_CHANGED:
          "Neither the name nor the address has changed: there is nothing to change.",
      },
    },
    address: { label: "Address", issues: { EMPTY: "Enter the employer's address." } },
    registeredOn: {
      label: "Registered on",
      hint: "The day the registration takes effect; today unless you choose another.",
      issues: { EMPTY: "Choose the day of registration." },
    },
    effectiveOn: { label: "Takes effect on", issues: { EMPTY: "Choose the day it takes effect." } },
    cancelledOn: { label: "Cancelled on", issues: { EMPTY: "Choose the day of cancellation." } },
    scheme: { label: "Scheme", issues: { EMPTY: "Choose the scheme." } },
    residentId: {
      issues: {
        NOT_FOUND:
          "No insured person of the county has this ID number. Check it against the document; a new insured person is enrolled first.",
      },
    },
    fromMonth: {
      label: "First month",
      hint: "The first month the employer pays for this employee.",
      issues: { EMPTY: "Choose the first month." },
    },
    toMonth: {
      label: "Last month",
      hint: "The last month the employer pays for this employee; the account is sealed from the next.",
      issues: { EMPTY: "Choose the last month." },
    },
    ground: { label: "Ground", issues: { EMPTY: "Choose the ground of the case." } },
    kind: { label: "What to record", issues: { EMPTY: "Choose what you record." } },
    decision: { label: "Decision", issues: { EMPTY: "Choose the decision." } },
    occurredOn: {
      label: "Date",
      issues: { EMPTY: "Choose the date.", IN_FUTURE: "The date cannot be after today." },
    },
    openingNote: { label: "What led to the case" },
    note: {
      label: "Note",
      hint: "What was checked, found or decided. Do not write anyone's ID number, phone number or other personal details.",
      issues: { EMPTY: "Write the note." },
    },
  },
  fundReports: {
    label: "Fund income reports",
    income: "Fund income",
    budget: "Income budget proposal",
    "final-accounts": "Final accounts",
    intro: {
      income:
        "The fund's premium income month by month: the employee's and the employer's parts and the resident scheme, what went to personal accounts and to the pooled fund, and the arrears not yet collected.",
      budget:
        "Next year's income, projected from this year's months as collected, for the fund's income budget. The method is written next to the proposal.",
      "final-accounts":
        "The final accounts of the fund's income for a year that has ended: the totals against the year before, how the income divides, and each month.",
    },
  },
  payers: payersEn,
  history: historyEn,
  collections: collectionsEn,
  arrears: arrearsEn,
  supervision: supervisionEn,
  fundIncome: fundIncomeEn,
  budget: budgetEn,
  finalAccounts: finalAccountsEn,
};

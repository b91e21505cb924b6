import type { ResourceShape } from "@yibao/ui";

/** The bureau's balance inquiry (余额查询), zh-CN first; `bureauEn` has the same keys. */
export const bureauZhCN = {
  heading: "余额查询",
  intro:
    "参保人（或其受托人）到柜台查询医保个人账户：先核验有效身份证件，选择查询原因，再输入身份证号码或扫描其医保电子凭证。",
  recorded:
    "每次查询都会记录查询人、时间和原因；参保人在网上“查询记录”中可以看到是谁、为什么查询了他的账户。",
  reason: "查询原因",
  reasonRequired: "请选择查询原因。",
  reasons: {
    IN_PERSON_INQUIRY: "本人到柜台查询",
    AGENT_INQUIRY: "受托人代为查询",
    DISPUTE_CHECK: "核对交易或缴费",
    OFFICIAL_REQUEST: "有权机关依法查询",
  },
  method: "查找方式",
  methods: {
    RESIDENT_ID: "输入身份证号码",
    ECARD: "扫描医保电子凭证",
  },
  token: "医保电子凭证",
  tokenHint: "用扫码枪扫参保人手机上的二维码，或粘贴。",
  tokenRequired: "请扫描或粘贴参保人的医保电子凭证。",
  submit: "查询",
  submitting: "正在查询…",
  result: {
    heading: "查询结果",
    recordedAs: "本次查询已记录，原因：{{reason}}。",
    newInquiry: "新的查询",
    newInquiryHint: "接待下一位之前请点“新的查询”，本页不再显示这位参保人的信息。",
    name: "姓名",
    maskedResidentId: "身份证号码",
    status: "账户状态",
    statuses: {
      ACTIVE: "正常",
      SEALED: "封存",
      NO_CONTRIBUTIONS: "未缴费",
    },
    sealedSince: "自{{month}}起封存",
    sealedNoPay:
      "停止缴费的次月起封存。封存期间个人账户不能支付，也不能办理医保结算；账户里的钱保留，恢复缴费后从缴费当月起解封。",
    sealedMayPay:
      "停止缴费的次月起封存。按本县规定，封存期间个人账户余额仍可支付门诊和药店购药费用，统筹基金待遇暂停；恢复缴费后从缴费当月起解封。",
    noContributions: "该参保人的个人账户还没有缴费记录。",
    lastPaidMonth: "最近缴费月份",
    noPaidMonth: "暂无",
    balance: "个人账户余额",
    asOf: "数据截至 {{time}}",
    transactions: "最近交易",
    noTransactions: "暂无交易记录。",
    columns: {
      postedAt: "日期",
      what: "摘要",
      amount: "金额",
      balanceAfter: "交易后余额",
    },
  },
};

export const bureauEn: ResourceShape<typeof bureauZhCN> = {
  heading: "Balance inquiry",
  intro:
    "An insured person (or their agent) asks at the counter about the personal account: check the ID document, choose why you look it up, then enter the ID number or scan the person's e-card.",
  recorded:
    "Every look-up is recorded with who looked, when and why; the person sees it in the access record of their online account.",
  reason: "Reason for the look-up",
  reasonRequired: "Choose the reason for the look-up.",
  reasons: {
    IN_PERSON_INQUIRY: "The person asks at the counter",
    AGENT_INQUIRY: "An agent asks on the person's behalf",
    DISPUTE_CHECK: "Checking a transaction or contribution",
    OFFICIAL_REQUEST: "An authority's request under the law",
  },
  method: "Find the person by",
  methods: {
    RESIDENT_ID: "Type the ID number",
    ECARD: "Scan the e-card",
  },
  token: "Medical insurance e-card",
  tokenHint: "Scan the QR code on the person's phone, or paste it.",
  tokenRequired: "Scan or paste the person's medical insurance e-card.",
  submit: "Look up",
  submitting: "Looking up…",
  result: {
    heading: "Result",
    recordedAs: "This look-up is recorded, reason: {{reason}}.",
    newInquiry: "New inquiry",
    newInquiryHint:
      "Press New inquiry before the next person: this person's details leave the screen.",
    name: "Name",
    maskedResidentId: "ID number",
    status: "Account status",
    statuses: {
      ACTIVE: "Active",
      SEALED: "Sealed",
      NO_CONTRIBUTIONS: "No contributions",
    },
    sealedSince: "sealed since {{month}}",
    sealedNoPay:
      "Sealed from the month after contributions stopped. While sealed, the account pays nothing and no bill can be settled with it; the money stays, and the account is unsealed from the month contributions resume.",
    sealedMayPay:
      "Sealed from the month after contributions stopped. Under this county's rule the balance still pays outpatient and pharmacy costs while sealed; pooled-fund benefits stop. The account is unsealed from the month contributions resume.",
    noContributions: "This personal account has no contributions yet.",
    lastPaidMonth: "Last month paid",
    noPaidMonth: "None",
    balance: "Personal account balance",
    asOf: "As of {{time}}",
    transactions: "Recent transactions",
    noTransactions: "No transactions yet.",
    columns: {
      postedAt: "Date",
      what: "Description",
      amount: "Amount",
      balanceAfter: "Balance after",
    },
  },
};

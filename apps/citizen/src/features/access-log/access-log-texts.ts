import type { ResourceShape } from "@yibao/ui";

/** 查询记录: who looked at the person's account; `accessLogEn` has the same keys. */
export const accessLogZhCN = {
  link: "谁查看过我的账户",
  linkDescription: "社保局等经办人员查询您个人账户的记录",
  intro:
    "依照《个人信息保护法》，您有权知道谁查看过您的个人账户。下面是经办人员每次查询您账户余额和交易的记录：时间、单位、身份、原因和查询方式。",
  empty: "还没有经办人员查询过您的个人账户。",
  at: "查询时间",
  by: "查询单位",
  role: "查询人身份",
  reason: "查询原因",
  method: "查询方式",
  unknown: "未记录",
  roles: {
    SERVICE_POINT_CLERK: "医保服务点经办人员",
    COUNTY_CENTRE_CLERK: "县医保中心经办人员",
    BUREAU_CLERK: "社保局经办人员",
    TAX_OFFICER: "税务人员",
    ADMINISTRATOR: "系统管理员",
    SECURITY_OFFICER: "安全管理员",
    AUDITOR: "审计人员",
    INSTITUTION_OPERATOR: "定点医药机构收款员",
  },
  reasons: {
    IN_PERSON_INQUIRY: "本人到柜台查询",
    AGENT_INQUIRY: "受托人代为查询",
    DISPUTE_CHECK: "核对交易或缴费",
    OFFICIAL_REQUEST: "有权机关依法查询",
  },
  methods: {
    RESIDENT_ID: "证件号码",
    ECARD: "医保电子凭证",
  },
  notYou: "看到您不知情的查询，请拨打县医保中心电话 0871-67120333，或到县医保中心窗口反映。",
  loadMore: "加载更多",
  loadingMore: "正在加载…",
  backToProfile: "返回我的",
};

export const accessLogEn: ResourceShape<typeof accessLogZhCN> = {
  link: "Who looked at my account",
  linkDescription: "Each time bureau or other staff looked up your personal account",
  intro:
    "Under the Personal Information Protection Law you may know who looked at your personal account. Below is every time staff looked up your balance and transactions: when, which office, in what role, why and how.",
  empty: "No staff member has looked up your personal account.",
  at: "When",
  by: "Office",
  role: "Role",
  reason: "Reason",
  method: "Found by",
  unknown: "Not recorded",
  roles: {
    SERVICE_POINT_CLERK: "Service point clerk",
    COUNTY_CENTRE_CLERK: "County centre clerk",
    BUREAU_CLERK: "Social security bureau clerk",
    TAX_OFFICER: "Tax officer",
    ADMINISTRATOR: "System administrator",
    SECURITY_OFFICER: "Security officer",
    AUDITOR: "Auditor",
    INSTITUTION_OPERATOR: "Cashier of a designated pharmacy or hospital",
  },
  reasons: {
    IN_PERSON_INQUIRY: "You asked at the counter",
    AGENT_INQUIRY: "Your entrusted agent asked",
    DISPUTE_CHECK: "Checking a transaction or contribution",
    OFFICIAL_REQUEST: "Lawful request from an authority",
  },
  methods: {
    RESIDENT_ID: "ID number",
    ECARD: "Medical insurance e-card",
  },
  notYou:
    "If you see a look-up you do not know about, call the county centre on 0871-67120333 or tell the county centre's counter.",
  loadMore: "Load more",
  loadingMore: "Loading…",
  backToProfile: "Back to Me",
};

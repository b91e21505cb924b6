import type { ResourceShape } from "@yibao/ui";

/** 缴费登记: the payer lists and the two registrations, zh-CN first; `payersEn` has the same keys. */
export const payersZhCN = {
  heading: "缴费登记",
  intro:
    "税务机关负责基本医疗保险的缴费登记：用人单位凭统一社会信用代码登记，并登记为哪些职工缴费；灵活就业人员和城乡居民凭身份证号码登记。登记、变更、注销都按生效日期记录，不会删除。",
  registerEmployer: "登记用人单位",
  registerIndividual: "登记个人缴费",
  registerEmployerIntro:
    "核对营业执照上的统一社会信用代码、单位名称和地址。登记后可以在单位页面增加参保职工。",
  registerIndividualIntro:
    "核对缴费人的居民身份证，选择参保险种。登记后，税务系统征收的个人保费才能入账。",
  register: "登记",
  registering: "正在登记…",
  registered: "已登记：{{name}}。",
  openRegistered: "打开已登记的这家单位",
  back: "返回缴费登记",
  kindsLabel: "缴费人类别",
  kinds: {
    employers: "用人单位",
    individuals: "个人缴费",
  },
  status: "登记状态",
  allStatuses: "全部",
  search: "单位名称或统一社会信用代码",
  searchButton: "查找",
  employersTable: "用人单位缴费登记",
  individualsTable: "个人缴费登记",
  noEmployers: "没有符合条件的用人单位。",
  noIndividuals: "没有符合条件的个人缴费人。",
  column: {
    employer: "单位名称",
    name: "姓名",
    residentId: "身份证号码",
    scheme: "参保险种",
    status: "登记状态",
    registeredOn: "登记日期",
    employees: "参保职工",
    lastPaidMonth: "最近缴费月份",
    lastPaid: "最近缴费",
    open: "查看",
  },
  open: "查看",
  openPayer: "查看 {{name}} 的缴费记录",
};

export const payersEn: ResourceShape<typeof payersZhCN> = {
  heading: "Payer registration",
  intro:
    "The tax authority registers who pays basic medical insurance: employers by their unified social credit code, with the employees they pay for; people in flexible employment and residents by their ID number. Registrations, changes and cancellations are recorded with the day they take effect; nothing is deleted.",
  registerEmployer: "Register an employer",
  registerIndividual: "Register an individual",
  registerEmployerIntro:
    "Check the unified social credit code, the name and the address on the business licence. The employees it pays for are added on the employer's page.",
  registerIndividualIntro:
    "Check the person's resident ID card and choose the scheme. Only a registered person's premiums from the tax system can be credited.",
  register: "Register",
  registering: "Registering…",
  registered: "Registered: {{name}}.",
  openRegistered: "Open the employer registered already",
  back: "Back to payer registration",
  kindsLabel: "Kinds of payer",
  kinds: {
    employers: "Employers",
    individuals: "Individuals",
  },
  status: "Registration",
  allStatuses: "All",
  search: "Employer name or credit code",
  searchButton: "Find",
  employersTable: "Employers' payer registrations",
  individualsTable: "Individuals' payer registrations",
  noEmployers: "No employer matches.",
  noIndividuals: "No individual payer matches.",
  column: {
    employer: "Employer",
    name: "Name",
    residentId: "ID number",
    scheme: "Scheme",
    status: "Registration",
    registeredOn: "Registered on",
    employees: "Employees",
    lastPaidMonth: "Last month paid",
    lastPaid: "Last paid",
    open: "Open",
  },
  open: "Open",
  openPayer: "Open the payments of {{name}}",
};

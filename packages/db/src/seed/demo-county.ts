import type { ServicePointKind, Sex, StaffRole } from "../generated/prisma/enums";
import { demoAccounts } from "./demo-accounts";

/** The fictional 云溪县: one county centre and three street/town service points. */
export const demoServicePoints: ReadonlyArray<{
  code: string;
  name: string;
  kind: ServicePointKind;
  address: string;
  openingHours: string;
  phone: string;
}> = [
  {
    code: "CENTRE",
    name: "云溪县医保中心",
    kind: "COUNTY_CENTRE",
    address: "云溪县城关街道人民路88号政务服务中心二楼",
    openingHours: "周一至周五 8:30-12:00，14:00-17:30；周六 9:00-12:00",
    phone: "0871-67120333",
  },
  {
    code: "SP-CHENGGUAN",
    name: "城关街道医保服务点",
    kind: "SERVICE_POINT",
    address: "云溪县城关街道文化路12号便民服务中心",
    openingHours: "周一至周五 8:30-12:00，14:30-17:30",
    phone: "0871-67123180",
  },
  {
    code: "SP-TAOYUAN",
    name: "桃源镇医保服务点",
    kind: "SERVICE_POINT",
    address: "云溪县桃源镇桃源街36号镇政府便民服务大厅",
    openingHours: "周一至周五 8:30-12:00，14:30-17:30",
    phone: "0871-67355021",
  },
  {
    code: "SP-SHIQIAO",
    name: "石桥乡医保服务点",
    kind: "SERVICE_POINT",
    address: "云溪县石桥乡石桥村委会旁乡便民服务站",
    openingHours: "周一至周五 9:00-12:00，14:30-17:00",
    phone: "0871-67418806",
  },
];

interface DemoStaffUser {
  username: string;
  displayName: string;
  role: StaffRole;
  servicePointCode: string;
}

function staffUser(
  { username, displayName, servicePointCode }: Omit<DemoStaffUser, "role">,
  role: StaffRole,
): DemoStaffUser {
  return { username, displayName, servicePointCode, role };
}

export const demoStaff: readonly DemoStaffUser[] = [
  staffUser(demoAccounts.servicePointClerk, "SERVICE_POINT_CLERK"),
  staffUser(demoAccounts.countyCentreClerk, "COUNTY_CENTRE_CLERK"),
  staffUser(demoAccounts.otherServicePointClerk, "SERVICE_POINT_CLERK"),
  staffUser(demoAccounts.bureauClerk, "BUREAU_CLERK"),
  staffUser(demoAccounts.taxOfficer, "TAX_OFFICER"),
  staffUser(demoAccounts.administrator, "ADMINISTRATOR"),
  staffUser(demoAccounts.securityOfficer, "SECURITY_OFFICER"),
  staffUser(demoAccounts.auditor, "AUDITOR"),
];

export interface DemoSettlement {
  monthsAgo: number;
  day: number;
  amountFen: number;
  description: string;
  /** The description of a later reversal (冲正) of this debit, if it was refunded. */
  reversedAs?: string;
}

export interface DemoPerson {
  /** Stable key for idempotency keys; never the resident ID. */
  key: string;
  residentId: string;
  name: string;
  sex: Sex;
  birthDate: string;
  phone: string | null;
  /** Whether the person has set up online sign-in (all but one have, with the demo password). */
  online: boolean;
  /**
   * Months paid, counted back from `now`'s month: from `fromMonthsAgo` to `toMonthsAgo`. None for a
   * child in the resident scheme, which has no personal account.
   */
  contributions: null | {
    fromMonthsAgo: number;
    toMonthsAgo: number;
    employerCreditCode: string | null;
    totalFen: number;
    personalAccountFen: number;
  };
  settlements: DemoSettlement[];
}

// GB 32100-2015 codes with valid check characters, for two fictional employers.
const yunxiTeaCompany = "91530125MA6NXC2L8Y";
const yunxiLogisticsCompany = "91530125MA6P4QRK3Q";

// Premiums: employer 8 % plus employee 2 % of the wage base; the employee's 2 % goes to the
// personal account.
export const demoPeople: readonly DemoPerson[] = [
  {
    key: "li-xiulan",
    online: true,
    residentId: demoAccounts.activeInsured.residentId,
    name: demoAccounts.activeInsured.name,
    sex: "F",
    birthDate: "1968-03-12",
    phone: "13988120417",
    contributions: {
      fromMonthsAgo: 24,
      toMonthsAgo: 1,
      employerCreditCode: yunxiTeaCompany,
      totalFen: 86_000,
      personalAccountFen: 17_200,
    },
    settlements: [
      {
        monthsAgo: 20,
        day: 8,
        amountFen: 8_650,
        description: "药店购药 云溪县仁和大药房（城关店）",
      },
      {
        monthsAgo: 15,
        day: 21,
        amountFen: 13_200,
        description: "门诊 云溪县人民医院 普通门诊个人账户支付",
      },
      {
        monthsAgo: 11,
        day: 3,
        amountFen: 5_800,
        description: "药店购药 桃源镇康民大药房",
        reversedAs: "冲正 药店购药退货 桃源镇康民大药房",
      },
      {
        monthsAgo: 7,
        day: 17,
        amountFen: 4_580,
        description: "药店购药 云溪县仁和大药房（城关店）",
      },
      { monthsAgo: 3, day: 26, amountFen: 2_800, description: "门诊 城关街道社区卫生服务中心" },
      {
        monthsAgo: 1,
        day: 12,
        amountFen: 21_560,
        description: "门诊 云溪县中医医院 门诊慢特病个人账户支付",
      },
    ],
  },
  {
    key: "wang-jianguo",
    online: true,
    residentId: demoAccounts.sealedInsured.residentId,
    name: demoAccounts.sealedInsured.name,
    sex: "M",
    birthDate: "1962-09-08",
    phone: "13608870562",
    contributions: {
      fromMonthsAgo: 30,
      toMonthsAgo: 6,
      employerCreditCode: yunxiLogisticsCompany,
      totalFen: 62_000,
      personalAccountFen: 12_400,
    },
    settlements: [
      { monthsAgo: 25, day: 14, amountFen: 6_420, description: "药店购药 石桥乡惠民药店" },
      {
        monthsAgo: 12,
        day: 9,
        amountFen: 18_800,
        description: "门诊 云溪县人民医院 普通门诊个人账户支付",
      },
    ],
  },
  {
    key: "zhang-wei",
    residentId: demoAccounts.unregisteredInsured.residentId,
    name: demoAccounts.unregisteredInsured.name,
    online: false,
    sex: "M",
    birthDate: "1985-11-23",
    phone: demoAccounts.unregisteredInsured.phone,
    contributions: {
      fromMonthsAgo: 12,
      toMonthsAgo: 1,
      employerCreditCode: yunxiLogisticsCompany,
      totalFen: 120_000,
      personalAccountFen: 24_000,
    },
    settlements: [
      {
        monthsAgo: 4,
        day: 19,
        amountFen: 3_500,
        description: "药店购药 云溪县仁和大药房（城关店）",
      },
    ],
  },
  {
    key: "chen-jing",
    online: true,
    residentId: "530125199205060048",
    name: "陈静",
    sex: "F",
    birthDate: "1992-05-06",
    phone: null,
    contributions: {
      fromMonthsAgo: 5,
      toMonthsAgo: 1,
      employerCreditCode: yunxiTeaCompany,
      totalFen: 56_000,
      personalAccountFen: 11_200,
    },
    settlements: [],
  },
  {
    key: "liu-fang",
    online: true,
    residentId: "530125197604180048",
    name: "刘芳",
    sex: "F",
    birthDate: "1976-04-18",
    phone: "18725096634",
    // 灵活就业人员: pays her own premiums, no employer.
    contributions: {
      fromMonthsAgo: 18,
      toMonthsAgo: 1,
      employerCreditCode: null,
      totalFen: 45_000,
      personalAccountFen: 9_000,
    },
    settlements: [
      { monthsAgo: 9, day: 6, amountFen: 7_230, description: "门诊 桃源镇卫生院" },
      { monthsAgo: 2, day: 23, amountFen: 3_960, description: "药店购药 桃源镇康民大药房" },
    ],
  },
];

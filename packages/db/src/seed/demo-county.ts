import type { ServicePointKind, Sex, StaffRole } from "../generated/prisma/enums";
import { demoAccounts } from "./demo-accounts";
import { demoEmployers } from "./demo-employers";
import { demoInstitutionCodes as at } from "./demo-institutions";

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
  /** INSTITUTION_OPERATOR only: the designated institution's code. */
  institutionCode?: string;
}

function staffUser(
  { username, displayName, servicePointCode }: Omit<DemoStaffUser, "role" | "institutionCode">,
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
  {
    ...staffUser(demoAccounts.pharmacyOperator, "INSTITUTION_OPERATOR"),
    institutionCode: demoAccounts.pharmacyOperator.institutionCode,
  },
  {
    ...staffUser(demoAccounts.hospitalOperator, "INSTITUTION_OPERATOR"),
    institutionCode: demoAccounts.hospitalOperator.institutionCode,
  },
];

export interface DemoSettlement {
  monthsAgo: number;
  day: number;
  /** What the personal account paid. */
  amountFen: number;
  /** What the person paid themselves on the same bill, if anything. */
  selfPayFen?: number;
  /** The designated institution's code (demo-institutions.ts). */
  institutionCode: string;
  /** Refunded (冲正) by the institution the same day. */
  reversed?: boolean;
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

const yunxiTeaCompany = demoEmployers.teaCompany.creditCode;
const yunxiLogisticsCompany = demoEmployers.logisticsCompany.creditCode;

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
      fromMonthsAgo: 40,
      toMonthsAgo: 1,
      employerCreditCode: yunxiTeaCompany,
      totalFen: 86_000,
      personalAccountFen: 17_200,
    },
    settlements: [
      { monthsAgo: 38, day: 11, amountFen: 9_860, institutionCode: at.baixingPharmacy },
      {
        monthsAgo: 33,
        day: 5,
        amountFen: 25_400,
        selfPayFen: 6_350,
        institutionCode: at.peoplesHospital,
      },
      { monthsAgo: 28, day: 19, amountFen: 6_730, institutionCode: at.baixingPharmacy },
      { monthsAgo: 23, day: 14, amountFen: 12_050, institutionCode: at.chineseMedicineHospital },
      {
        monthsAgo: 20,
        day: 8,
        amountFen: 8_650,
        institutionCode: at.renhePharmacy,
      },
      {
        monthsAgo: 15,
        day: 21,
        amountFen: 13_200,
        institutionCode: at.peoplesHospital,
      },
      {
        monthsAgo: 11,
        day: 3,
        amountFen: 5_800,
        institutionCode: at.kangminPharmacy,
        reversed: true,
      },
      {
        monthsAgo: 7,
        day: 17,
        amountFen: 4_580,
        institutionCode: at.renhePharmacy,
      },
      { monthsAgo: 3, day: 26, amountFen: 2_800, institutionCode: at.chengguanHealthCentre },
      {
        monthsAgo: 1,
        day: 12,
        amountFen: 21_560,
        institutionCode: at.chineseMedicineHospital,
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
      { monthsAgo: 25, day: 14, amountFen: 6_420, institutionCode: at.huiminPharmacy },
      {
        monthsAgo: 12,
        day: 9,
        amountFen: 18_800,
        institutionCode: at.peoplesHospital,
      },
      // A hard year before he stopped work: the account spends faster than it was credited.
      {
        monthsAgo: 9,
        day: 16,
        amountFen: 48_600,
        selfPayFen: 12_150,
        institutionCode: at.peoplesHospital,
      },
      { monthsAgo: 7, day: 3, amountFen: 36_500, institutionCode: at.chineseMedicineHospital },
      { monthsAgo: 5, day: 22, amountFen: 22_800, institutionCode: at.baixingPharmacy },
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
        institutionCode: at.renhePharmacy,
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
      { monthsAgo: 9, day: 6, amountFen: 7_230, institutionCode: at.taoyuanClinic },
      { monthsAgo: 2, day: 23, amountFen: 3_960, institutionCode: at.kangminPharmacy },
    ],
  },
];

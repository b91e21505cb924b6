/**
 * The demo logins that the seed creates, shared by the README, the API tests and the browser
 * tests. Fictional people of the fictional 云溪县 (region code 530125); the resident ID numbers
 * carry valid GB 11643-1999 check characters.
 */
export const demoPassword = "Yibao@2026";

/**
 * The TOTP secret (RFC 6238, base32) every demo staff account is enrolled with, so that the README's
 * `otpauth://` URI works on a phone: `otpauth://totp/Yibao:<username>?secret=JBSWY3DPEHPK3PXP&issuer=Yibao`.
 */
export const demoTotpSecret = "JBSWY3DPEHPK3PXP";

export const demoAccounts = {
  /** Contributions up to last month; a balance of a few thousand yuan. */
  activeInsured: { residentId: "530125196803120027", password: demoPassword, name: "李秀兰" },
  /** Contributions stopped six months ago: the account is sealed, the money kept. */
  sealedInsured: { residentId: "530125196209080018", password: demoPassword, name: "王建国" },
  /** Insured, with no online account yet: registers with this name and phone. */
  unregisteredInsured: { residentId: "530125198511230039", name: "张伟", phone: "15087341296" },
  servicePointClerk: {
    username: "chengguan01",
    password: demoPassword,
    displayName: "赵敏",
    servicePointCode: "SP-CHENGGUAN",
  },
  countyCentreClerk: {
    username: "centre01",
    password: demoPassword,
    displayName: "陈刚",
    servicePointCode: "CENTRE",
  },
  otherServicePointClerk: {
    username: "taoyuan01",
    password: demoPassword,
    displayName: "刘洋",
    servicePointCode: "SP-TAOYUAN",
  },
  bureauClerk: {
    username: "bureau01",
    password: demoPassword,
    displayName: "黄丽",
    servicePointCode: "CENTRE",
  },
  taxOfficer: {
    username: "tax01",
    password: demoPassword,
    displayName: "郑强",
    servicePointCode: "CENTRE",
  },
  administrator: {
    username: "admin01",
    password: demoPassword,
    displayName: "周婷",
    servicePointCode: "CENTRE",
  },
  securityOfficer: {
    username: "security01",
    password: demoPassword,
    displayName: "孙磊",
    servicePointCode: "CENTRE",
  },
  auditor: {
    username: "auditor01",
    password: demoPassword,
    displayName: "吴芳",
    servicePointCode: "CENTRE",
  },
  /** An operator of 云溪县百姓大药房 (a designated pharmacy): settles with the e-card. */
  pharmacyOperator: {
    username: "pharmacy01",
    password: demoPassword,
    displayName: "何静",
    servicePointCode: "CENTRE",
    institutionCode: "P53012500001",
    institutionName: "云溪县百姓大药房",
  },
  /** An operator of 云溪县人民医院 (a designated hospital). */
  hospitalOperator: {
    username: "hospital01",
    password: demoPassword,
    displayName: "马超",
    servicePointCode: "CENTRE",
    institutionCode: "H53012500001",
    institutionName: "云溪县人民医院",
  },
} as const;

/**
 * The demo logins that the seed creates, shared by the README, the API tests and the browser
 * tests. Fictional people of the fictional 云溪县 (region code 530125); the resident ID numbers
 * carry valid GB 11643-1999 check characters.
 */
export const demoPassword = "Yibao@2026";

export const demoAccounts = {
  /** Contributions up to last month; a balance of a few thousand yuan. */
  activeInsured: { residentId: "530125196803120027", password: demoPassword, name: "李秀兰" },
  /** Contributions stopped six months ago: the account is sealed, the money kept. */
  sealedInsured: { residentId: "530125196209080018", password: demoPassword, name: "王建国" },
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
} as const;

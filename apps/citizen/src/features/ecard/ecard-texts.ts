import type { ResourceShape } from "@yibao/ui";

/** 医保电子凭证: the texts of the e-card page, zh-CN first; `ecardEn` has the same keys. */
export const ecardZhCN = {
  homeEntry: "出示医保码",
  homeEntryDescription: "在定点药店、医院结算时出示",
  intro: "在定点药店和医院结算时，把这个二维码给收款员扫描。",
  holder: "持码人",
  qrAlt: "医保电子凭证二维码，请出示给收款员扫描",
  loading: "正在生成二维码…",
  refreshIn: "{{seconds}} 秒后自动刷新",
  refresh: "刷新",
  refreshing: "正在刷新…",
  paused: "页面在后台时不显示二维码。回到这个页面会自动生成新的二维码。",
  howItWorks:
    "每个二维码只能结算一次，{{seconds}} 秒内有效，到时自动换新。截图的二维码不能使用。请把屏幕调亮，对准扫码器。",
  showToken: "二维码扫不出？显示凭证码",
  tokenHint: "请收款员在收款系统里输入或粘贴下面的凭证码。它和二维码一样只能用一次。",
  statusHeading: "能不能用",
  accountLabel: "个人账户",
  cardLabel: "实体医保卡",
  noCard: "未办理",
  account: {
    ACTIVE: "个人账户正常，结算时可以用个人账户余额支付。",
    SEALED:
      "您的个人账户自{{month}}起封存：现在用医保码结算，个人账户支付会被拒绝，费用需要您自己支付。恢复缴费后，从缴费当月起解封。",
    SEALED_MAY_PAY:
      "您的个人账户自{{month}}起封存：个人账户余额仍可支付门诊和药店购药费用，统筹基金待遇暂停。",
    NO_CONTRIBUTIONS: "您的个人账户还没有缴费记录，结算时个人账户没有钱可以支付。",
  },
  cardReportedLost: "您的实体医保卡已挂失，不能再用；医保电子凭证不受影响，可以继续使用。",
};

export const ecardEn: ResourceShape<typeof ecardZhCN> = {
  homeEntry: "Show my e-card",
  homeEntryDescription: "Show it at a designated pharmacy or hospital",
  intro: "When you pay at a designated pharmacy or hospital, let the cashier scan this QR code.",
  holder: "Holder",
  qrAlt: "Medical insurance e-card QR code, to show to the cashier",
  loading: "Making the QR code…",
  refreshIn: "New code in {{seconds}} s",
  refresh: "Refresh",
  refreshing: "Refreshing…",
  paused:
    "The QR code is not shown while this page is in the background. Come back to it and a new code is made.",
  howItWorks:
    "Each QR code pays one bill and is valid for {{seconds}} seconds; then a new one replaces it. A screenshot of the code does not work. Turn the screen brightness up and hold it to the scanner.",
  showToken: "Code will not scan? Show the e-card code",
  tokenHint:
    "Ask the cashier to type or paste the code below into the till. Like the QR code, it can be used once.",
  statusHeading: "Can I pay with it?",
  accountLabel: "Personal account",
  cardLabel: "Physical card",
  noCard: "None",
  account: {
    ACTIVE: "Your personal account is active: its balance can pay when you settle.",
    SEALED:
      "Your personal account has been sealed since {{month}}: paying from it with this code will be refused, and you pay the bill yourself. Once contributions are paid again, it is unsealed from that month.",
    SEALED_MAY_PAY:
      "Your personal account has been sealed since {{month}}: its balance still pays outpatient and pharmacy costs; pooled-fund benefits are paused.",
    NO_CONTRIBUTIONS:
      "No contributions have been paid into your personal account yet: there is no money in it to pay with.",
  },
  cardReportedLost:
    "Your physical card is reported lost and cannot be used; the e-card is not affected and still works.",
};

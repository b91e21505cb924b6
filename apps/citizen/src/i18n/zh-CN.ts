import type { ResourceShape } from "@yibao/ui";

/**
 * Simplified Chinese, the default. `en.ts` must have exactly the same keys (the type checks it).
 * The shared components' texts come from `@yibao/ui`; a key given here words one differently.
 */
export const zhCN = {
  app: {
    name: "医保服务",
  },
  nav: {
    home: "首页",
    profile: "我的",
  },
  pages: {
    home: "我的医保账户",
    balance: "账户余额",
    transactions: "交易记录",
    profile: "个人中心",
  },
  login: {
    heading: "登录医保服务",
    intro: "请用居民身份证号码和密码登录，查询医保个人账户。",
    displaySettings: "显示设置",
  },
  fields: {
    residentId: {
      label: "居民身份证号码",
      hint: "18 位，最后一位可能是字母 X。",
      issues: {
        EMPTY: "请输入居民身份证号码。",
        too_small: "请输入居民身份证号码。",
        WRONG_LENGTH: "身份证号码应为 18 位，请核对位数。",
        FIFTEEN_DIGIT_NOT_ACCEPTED: "不支持 15 位的旧身份证号码，请输入 18 位号码。",
        INVALID_CHARACTERS: "身份证号码只能包含数字，最后一位可以是 X。",
        INVALID_BIRTH_DATE: "号码中的出生日期（第 7 至 14 位）不是有效日期，请核对。",
        BIRTH_DATE_IN_FUTURE: "号码中的出生日期（第 7 至 14 位）晚于今天，请核对。",
        CHECK_CHARACTER_MISMATCH: "号码的最后一位与前 17 位对不上，可能有输错的数字，请逐位核对。",
      },
    },
  },
  errors: {
    INVALID_CREDENTIALS: "身份证号码或密码不正确，请核对后重试。",
  },
  account: {
    name: "姓名",
    maskedResidentId: "身份证号码",
    statusLabel: "账户状态",
    status: {
      ACTIVE: "正常",
      SEALED: "封存",
      NO_CONTRIBUTIONS: "未缴费",
    },
    sealedSince: "自{{month}}起封存",
    sealedExplanation:
      "封存期间，个人账户不能支付，也不能办理医保结算。账户里的钱会一直保留，不会丢失。恢复缴费后，从缴费当月起解封。",
    noContributionsExplanation: "您的个人账户还没有缴费记录。单位或个人缴费后，会按月记入账户。",
    lastPaidMonth: "最近缴费月份",
    noPaidMonth: "暂无",
    balance: "个人账户余额",
    asOf: "数据截至 {{time}}",
  },
  transactions: {
    heading: "最近交易",
    empty: "暂无交易记录。",
    amount: "金额",
    balanceAfter: "交易后余额 {{amount}}",
    kind: {
      CONTRIBUTION_CREDIT: "缴费入账",
      SETTLEMENT_DEBIT: "就医支付",
      REVERSAL: "冲正",
    },
  },
  readAloud: {
    balance: "朗读余额",
    stop: "停止朗读",
    balanceText: "您的医保个人账户余额是 {{amount}} 元。",
    sealedText: "账户目前封存，钱还在，不会丢失。",
  },
  elderMode: {
    label: "长辈模式",
    on: "已开启",
    off: "已关闭",
    description: "字更大、按钮更大、说法更简单。",
    saveFailed: "本机已记住您的选择，但没能保存到您的账户，下次在其他手机上登录需要重新设置。",
  },
  profile: {
    myDetails: "我的信息",
    settings: "设置",
    language: "语言",
  },
  crash: {
    body: "很抱歉，页面出了问题。请重新加载页面；如果问题一直存在，请稍后再试或拨打 12393 医保服务热线。",
  },
  elder: {
    pages: {
      home: "长辈模式首页",
      balance: "查余额",
    },
    home: {
      greeting: "{{name}}，您好",
      tasks: "您要办什么事？",
    },
    tasks: {
      balance: { label: "查余额", description: "看看医保账户里还有多少钱" },
      transactions: { label: "交易记录", description: "看看钱是什么时候存进来、花出去的" },
    },
    account: {
      balance: "账户里的钱",
      sealedExplanation:
        "账户现在暂停使用，看病时不能从这里付钱。钱还在，不会少。重新交医保费后，从交费那个月起就能再用。",
    },
    transactions: {
      heading: "最近的进出账",
    },
    session: {
      warningBody: "您有一会儿没操作了。还要继续用吗？",
    },
  },
};

export type Resource = ResourceShape<typeof zhCN>;

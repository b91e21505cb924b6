/** Simplified Chinese, the default. `en.ts` must have exactly the same keys (the type checks it). */
export const zhCN = {
  app: {
    name: "医保服务",
    skipLink: "跳到主要内容",
    loading: "正在加载，请稍候…",
    retry: "重试",
    titleSeparator: " - ",
  },
  language: {
    switchTo: "English",
    switchToLang: "en",
  },
  nav: {
    label: "主导航",
    home: "首页",
    profile: "个人中心",
    backHome: "返回首页",
  },
  pages: {
    login: "登录",
    home: "我的医保账户",
    balance: "账户余额",
    transactions: "交易记录",
    profile: "个人中心",
    notFound: "页面不存在",
  },
  login: {
    heading: "登录医保服务",
    intro: "请用居民身份证号码和密码登录，查询医保个人账户。",
    displaySettings: "显示设置",
    submit: "登录",
    submitting: "正在登录…",
    reason: {
      expired: "您长时间没有操作，为了账户安全已自动退出，请重新登录。",
      signedOut: "您已安全退出。",
    },
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
    password: {
      label: "密码",
      show: "显示密码",
      issues: {
        EMPTY: "请输入密码。",
        too_small: "请输入密码。",
        too_big: "密码太长，请检查是否输入有误。",
      },
    },
  },
  issues: {
    generic: "填写的内容有误，请检查后重新输入。",
    EMPTY: "此项不能为空。",
    too_small: "内容太短或为空。",
    too_big: "内容太长。",
    invalid_type: "填写的内容有误，请检查后重新输入。",
  },
  errors: {
    generic: "出了点问题，请稍后再试。",
    INVALID_CREDENTIALS: "身份证号码或密码不正确，请核对后重试。",
    ACCOUNT_LOCKED: "密码输错次数过多，账户已暂时锁定，请稍后再试。",
    ACCOUNT_LOCKED_UNTIL: "密码输错次数过多，账户已暂时锁定。请在 {{time}} 之后再试。",
    UNAUTHENTICATED: "登录已失效，请重新登录。",
    FORBIDDEN: "您没有办理此项业务的权限。",
    NOT_FOUND: "未找到相关记录。",
    VALIDATION_FAILED: "填写的内容有误，请检查后重试。",
    INTERNAL: "系统繁忙，请稍后再试。",
    NETWORK: "网络连接不上，请检查网络后重试。",
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
    sealedSince: "自 {{month}} 起封存",
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
  session: {
    warningTitle: "即将自动退出",
    warningBody: "您已经有一段时间没有操作。为了账户安全，系统将自动退出登录。",
    remaining: "剩余 {{minutes}} 分 {{seconds}} 秒",
    staySignedIn: "继续使用",
    signOut: "退出",
    signingOut: "正在退出…",
  },
  profile: {
    myDetails: "我的信息",
    settings: "设置",
    language: "语言",
  },
  crash: {
    title: "页面出错了",
    body: "很抱歉，页面出了问题。请重新加载页面；如果问题一直存在，请稍后再试或拨打 12393 医保服务热线。",
    reload: "重新加载",
  },
  notFound: {
    body: "您要找的页面不存在。",
  },
  elder: {
    nav: {
      profile: "我的",
    },
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

type Wording<T> = { [K in keyof T]: T[K] extends string ? string : Wording<T[K]> };
export type Resource = Wording<typeof zhCN>;

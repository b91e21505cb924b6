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
    registration: "在线注册",
    passwordReset: "找回密码",
    security: "账号安全",
    changePassword: "修改密码",
    enableAuthenticator: "开启身份验证器",
    disableAuthenticator: "关闭身份验证器",
  },
  login: {
    heading: "登录医保服务",
    intro: "请用居民身份证号码和密码登录，查询医保个人账户。",
    displaySettings: "显示设置",
    accountLinks: "注册与找回密码",
    forgotPassword: "忘记密码？",
    registerPrompt: "还没有在线账号？",
    register: "在线注册",
    useRecoveryCode: "手机不在身边？改用恢复码",
    useAuthenticator: "改用身份验证器的动态验证码",
    reason: {
      signedOutEverywhere: "已在所有设备上退出登录。请用密码重新登录。",
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
    name: {
      label: "姓名",
      hint: "与身份证上的姓名一致。",
      issues: {
        too_small: "请输入姓名。",
        too_big: "姓名太长，请核对。",
      },
    },
    phone: {
      label: "手机号码",
      hint: "参保登记时留的手机号码，验证码会发到这个号码。",
      issues: {
        PHONE_FORMAT: "手机号码应为 1 开头的 11 位数字，请核对。",
      },
    },
    smsCode: {
      label: "短信验证码",
      hint: "{{digits}} 位数字，{{validMinutes}} 分钟内有效。",
      issues: {
        EMPTY: "请输入短信验证码。",
        CODE_FORMAT: "短信验证码是 {{digits}} 位数字，请核对。",
      },
    },
    otp: {
      issues: {
        EMPTY: "请输入动态验证码。",
      },
    },
    recoveryCode: {
      label: "恢复码",
      hint: "开启身份验证器时保存的恢复码之一，形如 abcd-efgh。每个只能用一次。",
    },
    recoverySaved: {
      label: "我已保存好这些恢复码",
      issues: {
        NOT_CONFIRMED: "请先保存恢复码，然后勾选这一项。",
      },
    },
  },
  errors: {
    INVALID_CREDENTIALS: "身份证号码或密码不正确，请核对后重试。",
  },
  verification: {
    registration: {
      intro:
        "请填写参保登记时的信息。信息一致时，我们会把验证码发到您的手机，验证后设置登录密码即可使用。",
      submit: "完成注册并登录",
    },
    passwordReset: {
      intro: "请填写参保登记时的信息。信息一致时，我们会把验证码发到您的手机，验证后设置新密码。",
      submit: "设置新密码并登录",
    },
    detailsHeading: "第 1 步（共 2 步）：填写参保信息",
    codeHeading: "第 2 步（共 2 步）：输入验证码，设置密码",
    sendCode: "获取短信验证码",
    sending: "正在发送…",
    sent: "如果信息与参保登记一致，验证码已发送至 {{phone}}。",
    resent: "如果信息与参保登记一致，新的验证码已发送至 {{phone}}。之前的验证码不能再用。",
    resendIn: "{{seconds}} 秒后可以重新获取验证码",
    resend: "重新获取验证码",
    changeDetails: "信息填错了？返回修改",
    submitting: "正在提交…",
    backToLogin: "返回登录",
  },
  notices: {
    registration: "注册成功，已为您登录。",
    passwordReset: "新密码已设置，已为您登录。",
    passwordChanged: "密码已修改。",
    authenticatorOn: "身份验证器已开启。以后登录时，输入密码后还要输入动态验证码。",
    authenticatorOff: "身份验证器已关闭。以后登录只需要密码。",
  },
  security: {
    password: {
      heading: "登录密码",
      body: "请不要和其他网站用同一个密码。怀疑密码被别人知道时，请马上修改。",
    },
    authenticator: {
      heading: "身份验证器（两步验证）",
      statusLabel: "状态：",
      on: "已开启",
      off: "未开启",
      body: "开启后，登录时除了密码，还要输入手机上身份验证器应用显示的动态验证码。别人即使知道您的密码，也登录不了。",
    },
    signOutEverywhere: {
      heading: "退出所有设备",
      body: "如果在别人的手机或公用电脑上登录过，可以让所有设备（包括这台）都退出登录。",
      button: "退出所有设备",
      question: "确定要退出所有设备吗？之后每台设备都需要重新登录。",
      confirm: "确定退出",
      cancel: "取消",
      pending: "正在退出…",
    },
    backToProfile: "返回我的",
    backToSecurity: "返回账号安全",
  },
  changePassword: {
    mustChange: "您的密码需要更换。请先设置新密码，然后才能继续使用。",
    submit: "确认修改",
    submitting: "正在修改…",
  },
  authenticator: {
    intro:
      "身份验证器是装在手机上的应用，每 30 秒显示一个新的 6 位数字（动态验证码）。开启后，登录时要输入它。",
    apps: "可以使用任何支持“TOTP”的身份验证器应用，例如 Microsoft Authenticator、Google 身份验证器或腾讯身份验证器。请先在手机上装好。",
    start: "开始设置",
    scanHeading: "1. 在身份验证器里添加账号",
    scan: "打开身份验证器应用，选择“扫描二维码”，扫描下面的二维码。",
    qrAlt: "用身份验证器扫描的二维码",
    typeInstead: "无法扫描时，在应用里选择“输入设置密钥”，输入下面的密钥（空格可不输入）：",
    secretLabel: "设置密钥：",
    confirmHeading: "2. 输入应用显示的动态验证码",
    confirm: "确认开启",
    confirming: "正在确认…",
    cancel: "不开启了，返回账号安全",
    enabled: "身份验证器已开启。",
    recoveryHeading: "3. 保存恢复码",
    recoveryBody:
      "手机丢了或换了时，可以用恢复码代替动态验证码登录，每个恢复码只能用一次。这些恢复码只显示这一次：请抄在纸上或截图，放在安全的地方。",
    done: "完成",
  },
  disableAuthenticator: {
    intro:
      "关闭后，登录只需要密码，账号的安全性会降低。请输入登录密码和身份验证器上现在显示的动态验证码。",
    submit: "确认关闭",
    submitting: "正在关闭…",
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
    security: "账号与安全",
    securityDescription: "修改密码、身份验证器、退出所有设备",
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

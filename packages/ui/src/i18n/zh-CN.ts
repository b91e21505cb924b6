import type { ResourceShape } from "./resource-shape";

/**
 * The texts of the shared components, in Simplified Chinese. An app's own resources are merged
 * over these (`withSharedTexts`), so an app words a text differently by giving the same key.
 */
export const zhCN = {
  app: {
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
    backHome: "返回首页",
  },
  pages: {
    login: "登录",
    notFound: "页面不存在",
  },
  login: {
    submit: "登录",
    submitting: "正在登录…",
    reason: {
      expired: "您长时间没有操作，为了账户安全已自动退出，请重新登录。",
      signedOut: "您已安全退出。",
    },
  },
  fields: {
    password: {
      label: "密码",
      show: "显示密码",
      issues: {
        EMPTY: "请输入密码。",
        too_small: "请输入密码。",
        too_big: "密码太长，请检查是否输入有误。",
      },
    },
    currentPassword: {
      label: "当前密码",
      issues: {
        too_small: "请输入当前密码。",
        CURRENT_PASSWORD_WRONG: "当前密码不正确，请核对后重新输入。",
      },
    },
    newPassword: {
      label: "新密码",
      issues: {
        too_small: "请设置密码。",
      },
    },
    otp: {
      label: "动态验证码",
      hint: "打开手机上的身份验证器应用，输入显示的 6 位数字。",
      issues: {
        too_small: "请输入 6 位动态验证码。",
        CODE_FORMAT: "动态验证码是 6 位数字，请核对。",
        INVALID_CREDENTIALS: "动态验证码不正确或已过期，请输入身份验证器上现在显示的数字。",
      },
    },
  },
  passwordRules: {
    heading: "密码要求",
    met: "（已满足）",
    unmet: "（未满足）",
    TOO_SHORT: "至少 {{minLength}} 位",
    TOO_FEW_KINDS: "包含大写字母、小写字母、数字、符号中的至少 {{minKinds}} 种",
    COMMON: "不是常见的简单密码（如 12345678、password）",
    CONTAINS_ID: "不包含身份证号码",
    CONTAINS_BIRTH_DATE: "不包含出生日期",
    REUSED: "不与最近用过的密码相同",
    SAME_AS_CURRENT: "不与当前密码相同",
  },
  issues: {
    generic: "填写的内容有误，请检查后重新输入。",
    EMPTY: "此项不能为空。",
    too_small: "内容太短或为空。",
    too_big: "内容太长。",
    invalid_type: "填写的内容有误，请检查后重新输入。",
    TOO_SHORT: "密码太短：至少要 {{minLength}} 位。",
    TOO_LONG: "密码太长：最多 {{maxLength}} 位。",
    TOO_FEW_KINDS: "密码要包含大写字母、小写字母、数字、符号中的至少 {{minKinds}} 种。",
    COMMON: "这个密码太常见，很容易被猜到，请换一个。",
    CONTAINS_ID: "密码不能包含身份证号码。",
    CONTAINS_BIRTH_DATE: "密码不能包含出生日期。",
    REUSED: "不能使用最近用过的密码，请换一个。",
    SAME_AS_CURRENT: "新密码不能与当前密码相同。",
  },
  errors: {
    generic: "出了点问题，请稍后再试。",
    ACCOUNT_LOCKED: "密码输错次数过多，账号已暂时锁定，请稍后再试。",
    ACCOUNT_LOCKED_UNTIL: "密码输错次数过多，账号已暂时锁定。请在 {{time}} 之后再试。",
    SECOND_FACTOR_REQUIRED: "请输入身份验证器上的 6 位动态验证码。",
    RATE_LIMITED: "操作太频繁，请稍后再试。",
    RATE_LIMITED_AFTER: "操作太频繁，请在 {{seconds}} 秒后再试。",
    VERIFICATION_FAILED: "验证码不正确或已失效，请核对后重新输入，或重新获取验证码。",
    PASSWORD_REJECTED: "密码不符合要求，请按提示修改。",
    CURRENT_PASSWORD_WRONG: "当前密码不正确，请核对后重新输入。",
    APPLICATION_ALREADY_OPEN: "已有一笔正在办理的制卡申请，请先查看办理进度。",
    APPLICATION_CHANGED: "这笔申请刚被其他人办理过，请查看最新状态后再操作。",
    ACTION_NOT_ALLOWED: "这笔申请现在的状态不能办理这项操作。",
    PHOTO_REJECTED: "照片不符合要求，请按要求重新上传。",
    UNAUTHENTICATED: "登录已失效，请重新登录。",
    FORBIDDEN: "您没有办理此项业务的权限。",
    NOT_FOUND: "未找到相关记录。",
    VALIDATION_FAILED: "填写的内容有误，请检查后重试。",
    INTERNAL: "系统繁忙，请稍后再试。",
    NETWORK: "网络连接不上，请检查网络后重试。",
  },
  session: {
    warningTitle: "即将自动退出",
    warningBody: "您已经有一段时间没有操作。为了账户安全，系统将自动退出登录。",
    remaining: "剩余 {{minutes}} 分 {{seconds}} 秒",
    staySignedIn: "继续使用",
    signOut: "退出登录",
    signingOut: "正在退出…",
  },
  crash: {
    title: "页面出错了",
    body: "很抱歉，页面出了问题。请重新加载页面；如果问题一直存在，请稍后再试。",
    reload: "重新加载",
  },
  notFound: {
    body: "您要找的页面不存在。",
  },
  // A ledger entry's words, from its facts (format/ledger-entry-words.ts): the insured and the
  // bureau clerk answering them read the same line.
  ledger: {
    contributionCredit: "{{month}} 个人账户划入",
    contributionCreditNoMonth: "个人账户划入",
    settlementDebit: {
      PHARMACY: "药店购药",
      HOSPITAL: "门诊/住院结算",
      other: "医保结算",
    },
    reversal: "冲正（退款）",
    at: "{{what}} · {{institution}}",
  },
};

export type UiResource = ResourceShape<typeof zhCN>;

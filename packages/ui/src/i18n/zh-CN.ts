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
    ACCOUNT_LOCKED: "密码输错次数过多，账号已暂时锁定，请稍后再试。",
    ACCOUNT_LOCKED_UNTIL: "密码输错次数过多，账号已暂时锁定。请在 {{time}} 之后再试。",
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
};

export type UiResource = ResourceShape<typeof zhCN>;

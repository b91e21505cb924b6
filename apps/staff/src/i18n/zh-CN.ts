/** Simplified Chinese, the default. `en.ts` must have exactly the same keys (the type checks it). */
export const zhCN = {
  app: {
    name: "医保经办系统",
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
    applications: "制卡申请",
    backHome: "返回首页",
  },
  pages: {
    login: "登录",
    applications: "制卡申请",
    notFound: "页面不存在",
  },
  login: {
    heading: "经办人员登录",
    intro: "请使用本人的经办账号登录。离开柜台时请退出登录。",
    submit: "登录",
    submitting: "正在登录…",
    reason: {
      expired: "长时间未操作，已自动退出，请重新登录。",
      signedOut: "您已安全退出。",
    },
  },
  fields: {
    username: {
      label: "用户名",
      issues: {
        EMPTY: "请输入用户名。",
        too_small: "请输入用户名。",
        too_big: "用户名太长，请检查是否输入有误。",
        invalid_format: "用户名只能包含字母、数字和规定的符号，请检查。",
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
    INVALID_CREDENTIALS: "用户名或密码不正确，请核对后重试。",
    ACCOUNT_LOCKED: "密码输错次数过多，账号已暂时锁定，请稍后再试。",
    ACCOUNT_LOCKED_UNTIL:
      "密码输错次数过多，账号已暂时锁定。请在 {{time}} 之后再试，或联系系统管理员。",
    UNAUTHENTICATED: "登录已失效，请重新登录。",
    FORBIDDEN: "您的岗位没有办理此项业务的权限。",
    NOT_FOUND: "未找到相关记录。",
    VALIDATION_FAILED: "填写的内容有误，请检查后重试。",
    INTERNAL: "系统繁忙，请稍后再试。",
    NETWORK: "网络连接不上，请检查网络后重试。",
  },
  staff: {
    who: "当前经办人",
    role: "岗位",
    servicePoint: "所属机构",
  },
  roles: {
    SERVICE_POINT_CLERK: "服务点经办人",
    COUNTY_CENTRE_CLERK: "县医保中心经办人",
    BUREAU_CLERK: "社保局经办人",
    TAX_OFFICER: "税务人员",
    ADMINISTRATOR: "系统管理员",
    AUDITOR: "审计人员",
  },
  servicePointKinds: {
    COUNTY_CENTRE: "县医保中心",
    SERVICE_POINT: "服务点",
  },
  shortcuts: {
    heading: "快捷键",
    applications: "制卡申请",
    signOut: "退出登录",
  },
  applications: {
    emptyTitle: "暂无制卡申请",
    emptyBody: "目前还没有需要办理的制卡申请。群众提交申请后，会显示在这里。",
  },
  session: {
    warningTitle: "即将自动退出",
    warningBody: "您已有一段时间未操作。为保护参保人信息，系统将自动退出登录。",
    remaining: "剩余 {{minutes}} 分 {{seconds}} 秒",
    staySignedIn: "继续使用",
    signOut: "退出",
    signingOut: "正在退出…",
  },
  crash: {
    title: "页面出错了",
    body: "很抱歉，页面出了问题。请重新加载页面；如果问题一直存在，请联系系统管理员。",
    reload: "重新加载",
  },
  notFound: {
    body: "您要找的页面不存在。",
  },
};

type Wording<T> = { [K in keyof T]: T[K] extends string ? string : Wording<T[K]> };
export type Resource = Wording<typeof zhCN>;

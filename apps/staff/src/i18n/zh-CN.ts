import type { ResourceShape } from "@yibao/ui";

/**
 * Simplified Chinese, the default. `en.ts` must have exactly the same keys (the type checks it).
 * The shared components' texts come from `@yibao/ui`; a key given here words one differently.
 */
export const zhCN = {
  app: {
    name: "医保经办系统",
  },
  nav: {
    applications: "制卡申请",
  },
  pages: {
    applications: "制卡申请",
  },
  login: {
    heading: "经办人员登录",
    intro: "请使用本人的经办账号登录。离开柜台时请退出登录。",
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
  },
  errors: {
    INVALID_CREDENTIALS: "用户名或密码不正确，请核对后重试。",
    ACCOUNT_LOCKED_UNTIL:
      "密码输错次数过多，账号已暂时锁定。请在 {{time}} 之后再试，或联系系统管理员。",
    FORBIDDEN: "您的岗位没有办理此项业务的权限。",
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
    warningBody: "您已有一段时间未操作。为保护参保人信息，系统将自动退出登录。",
  },
  crash: {
    body: "很抱歉，页面出了问题。请重新加载页面；如果问题一直存在，请联系系统管理员。",
  },
};

export type Resource = ResourceShape<typeof zhCN>;

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
    citizenLogin: "解锁网上登录",
    staffUsers: "经办账号",
    audit: "审计日志",
    outbox: "短信发件箱",
    account: "我的账号",
  },
  pages: {
    applications: "制卡申请",
    secondFactor: "绑定动态验证码",
    recoveryCodes: "保存恢复码",
    changePassword: "修改密码",
    account: "我的账号",
    citizenLogin: "解除参保人网上登录锁定",
    staffUsers: "经办账号",
    createStaffUser: "新建经办账号",
    audit: "审计日志",
    outbox: "短信发件箱",
  },
  login: {
    heading: "经办人员登录",
    intro: "请使用本人的经办账号登录。离开柜台时请退出登录。",
  },
  fields: {
    username: {
      label: "用户名",
      hint: "字母、数字及 . _ - 符号，如 zhang.wei01。",
      issues: {
        EMPTY: "请输入用户名。",
        too_small: "请输入用户名。",
        too_big: "用户名太长，请检查是否输入有误。",
        invalid_format: "用户名只能包含字母、数字和规定的符号，请检查。",
      },
    },
    otp: {
      hint: "打开手机上的身份验证器，输入显示的 6 位数字；手机不在身边时，可输入一个恢复码（如 abcd-efgh）。首次登录、尚未绑定的，此项留空。",
      issues: {
        CODE_FORMAT: "动态验证码是 6 位数字，恢复码形如 abcd-efgh，请核对。",
      },
    },
    code: {
      label: "动态验证码",
      hint: "输入身份验证器上现在显示的 6 位数字。",
      issues: {
        EMPTY: "请输入 6 位动态验证码。",
        CODE_FORMAT: "动态验证码是 6 位数字，请核对。",
        VERIFICATION_FAILED: "动态验证码不正确或已过期，请输入身份验证器上现在显示的数字。",
      },
    },
    newPassword: {
      issues: {
        CONTAINS_ID: "新密码不能包含您的用户名。",
      },
    },
    repeatPassword: {
      label: "再次输入新密码",
      issues: {
        MISMATCH: "两次输入的新密码不一致，请重新输入。",
      },
    },
    displayName: {
      label: "姓名",
      issues: {
        EMPTY: "请输入姓名。",
      },
    },
    residentId: {
      label: "居民身份证号码",
      hint: "18 位，最后一位可能是字母 X。",
      issues: {
        EMPTY: "请输入居民身份证号码。",
        too_small: "请输入居民身份证号码。",
        too_big: "号码太长，请核对。",
        WRONG_LENGTH: "身份证号码应为 18 位，请核对位数。",
        FIFTEEN_DIGIT_NOT_ACCEPTED: "不支持 15 位的旧身份证号码，请输入 18 位号码。",
        INVALID_CHARACTERS: "身份证号码只能包含数字，最后一位可以是 X。",
        INVALID_BIRTH_DATE: "号码中的出生日期（第 7 至 14 位）不是有效日期，请核对。",
        BIRTH_DATE_IN_FUTURE: "号码中的出生日期（第 7 至 14 位）晚于今天，请核对。",
        CHECK_CHARACTER_MISMATCH: "号码的最后一位与前 17 位对不上，可能有输错的数字，请逐位核对。",
      },
    },
    actor: {
      issues: {
        too_big: "用户名太长，请检查是否输入有误。",
        invalid_format: "用户名只能包含字母、数字和 . _ - 符号，请检查。",
      },
    },
    action: {
      issues: {
        invalid_value: "请从列表中选择一项操作。",
      },
    },
    from: {
      issues: {
        ISO_DATE_FORMAT: "请选择或输入有效的日期。",
      },
    },
    to: {
      issues: {
        ISO_DATE_FORMAT: "请选择或输入有效的日期。",
        RANGE_REVERSED: "截止日期不能早于起始日期。",
      },
    },
  },
  passwordRules: {
    CONTAINS_ID: "不包含您的用户名",
  },
  errors: {
    INVALID_CREDENTIALS: "用户名、密码或动态验证码不正确，请核对后重试。",
    ACCOUNT_LOCKED_UNTIL:
      "密码输错次数过多，账号已暂时锁定。请在 {{time}} 之后再试，或联系安全管理员解锁。",
    SECOND_FACTOR_REQUIRED: "请输入身份验证器上的 6 位动态验证码，或一个恢复码。",
    FORBIDDEN: "您的岗位没有办理此项业务的权限。",
    APPLICATION_ALREADY_OPEN: "该参保人已有一份正在办理的制卡申请，不能重复申请。",
    APPLICATION_CHANGED: "这份申请刚被其他经办人办理过，请刷新后再看。",
    ACTION_NOT_ALLOWED: "申请目前的状态不能办理此项操作。",
    PHOTO_REJECTED: "照片不符合制卡要求，请更换照片。",
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
    SECURITY_OFFICER: "安全管理员",
    AUDITOR: "安全审计员",
  },
  servicePointKinds: {
    COUNTY_CENTRE: "县医保中心",
    SERVICE_POINT: "服务点",
  },
  shortcuts: {
    heading: "快捷键",
    signOut: "退出登录",
  },
  applications: {
    emptyTitle: "暂无制卡申请",
    emptyBody: "目前还没有需要办理的制卡申请。群众提交申请后，会显示在这里。",
  },
  secondFactor: {
    intro:
      "为保护参保人信息，经办账号登录时除密码外还须输入手机上的动态验证码。首次登录请先完成绑定，绑定后才能办理业务。",
    installHeading: "在手机上安装身份验证器",
    installBody:
      "可使用任一支持“基于时间的动态口令（TOTP）”的身份验证器应用，如 Microsoft Authenticator、Google Authenticator 或 FreeOTP。",
    scanHeading: "扫描二维码，添加本账号",
    qrLabel: "二维码：用身份验证器扫描，添加本经办账号",
    secretIntro: "无法扫码时，请在身份验证器中选择“手动输入密钥”，输入：",
    secretHint: "密钥不区分大小写，空格可以不输入。请勿把密钥告诉他人。",
    confirmHeading: "输入身份验证器显示的动态验证码",
    confirm: "确认绑定",
    confirming: "正在确认…",
  },
  recoveryCodes: {
    enrolled: "动态验证码已绑定。",
    intro:
      "手机丢失、更换或无法使用身份验证器时，可用下面的恢复码代替动态验证码登录。每个恢复码只能使用一次。",
    onlyOnce:
      "这些恢复码只显示这一次。请打印或抄写后妥善保管（不要保存在柜台电脑上），离开本页后将无法再次查看。",
    listLabel: "恢复码",
    print: "打印恢复码",
    copy: "复制恢复码",
    copied: "已复制到剪贴板。",
    copyFailed: "无法复制，请打印或手动抄写。",
    saved: "我已妥善保存这些恢复码",
    savedRequired: "请确认已保存恢复码后再继续。",
    continue: "继续",
  },
  password: {
    mustChange:
      "您的密码由管理员设置或已过期，须先设置一个只有您本人知道的新密码，才能继续办理业务。",
    setNew: "设置新密码",
    changing: "正在修改…",
  },
  passwordExpiry: {
    notice:
      "您的登录密码将于 {{date}} 到期（还有 {{days}} 天）。请在到期前到<accountLink>我的账号</accountLink>中修改。",
  },
  account: {
    details: "账号信息",
    displayName: "姓名",
    passwordExpires: "密码有效期",
    passwordExpiresOn: "{{date}} 到期（还有 {{days}} 天）",
    passwordNeverExpires: "长期有效",
    changePassword: "修改密码",
    changePasswordSubmit: "修改密码",
    passwordChanged: "密码已修改。下次登录请使用新密码。",
    signOutEverywhere: "在所有设备上退出",
    signOutEverywhereBody:
      "如果您在其他柜台电脑上忘记退出，或担心密码已被他人知道，可结束本账号的全部登录（包括这台电脑）。之后需要重新登录。",
    signOutEverywhereSubmit: "在所有设备上退出",
  },
  citizenLogin: {
    intro:
      "参保人多次输错密码后，网上登录会被暂时锁定。请先核验本人有效身份证件，再输入其身份证号码解除锁定；系统会向参保人预留的手机号发送短信告知。",
    documentChecked: "已核验本人有效身份证件",
    documentCheckedRequired: "请先核验本人有效身份证件，并勾选此项。",
    submit: "解除锁定",
    unlocked: "已解除该参保人的网上登录锁定，并已短信告知本人。",
    notLocked: "该参保人的网上登录目前没有被锁定，无需解除。",
  },
  staffUsers: {
    create: "新建经办账号",
    tableLabel: "经办账号列表",
    username: "用户名",
    displayName: "姓名",
    active: "状态",
    isActive: "启用",
    isInactive: "已停用",
    secondFactor: "动态验证码",
    enrolled: "已绑定",
    notEnrolled: "未绑定",
    locked: "锁定",
    isLocked: "已锁定",
    notLocked: "未锁定",
    passwordChangedAt: "密码修改时间",
    actions: "操作",
    manage: "管理",
    noActions: "无",
    manageTitle: "管理账号：{{username}}（{{name}}）",
    close: "关闭",
    resetPassword: "重置密码",
    resetPasswordBody: "生成一个临时密码，原密码立即失效。本人下次登录时须设置新密码。",
    resetPasswordSubmit: "生成临时密码",
    temporaryPassword: "临时密码（只显示这一次）",
    temporaryPasswordHint:
      "请当面或通过安全渠道告知本人，不要通过聊天软件发送。本人首次登录时须修改。",
    copyPassword: "复制临时密码",
    copied: "已复制到剪贴板。",
    copyFailed: "无法复制，请手动抄写。",
    resetSecondFactor: "重置动态验证码",
    resetSecondFactorBody:
      "手机丢失或更换、恢复码也已用完时使用。重置后，本人下次登录时须重新绑定。",
    reason: "原因（记入审计日志）",
    reasonRequired: "请填写重置原因。",
    resetSecondFactorSubmit: "重置动态验证码",
    resetSecondFactorDone: "已重置。本人下次登录时须重新绑定动态验证码。",
    deactivate: "停用账号",
    deactivateBody:
      "人员离岗或调离时停用。停用后该账号立即退出所有登录，且不能再登录；办理记录保留。",
    deactivateSubmit: "停用账号",
    deactivated: "账号已停用。",
    activate: "启用账号",
    activateBody: "重新启用后，本人可以再次登录。",
    activateSubmit: "启用账号",
    activated: "账号已启用。",
    unlock: "解除锁定",
    unlockBody: "密码输错次数过多时账号会被暂时锁定。核实是本人后，可提前解除。",
    unlockSubmit: "解除锁定",
    unlocked: "已解除锁定。",
    grantRole: "授予岗位",
    grantRoleBody:
      "系统管理员、安全管理员和安全审计员三个岗位须由不同人员担任，只能由安全管理员授予。",
    newRole: "岗位",
    grantRoleSubmit: "授予岗位",
    roleGranted: "已授予岗位：{{role}}。",
    createIntro:
      "新建的账号会得到一个临时密码。本人首次登录时须绑定动态验证码并设置新密码。系统管理员、安全管理员和安全审计员岗位由安全管理员授予。",
    choose: "请选择",
    roleRequired: "请选择岗位。",
    servicePointRequired: "请选择所属机构。",
    createSubmit: "新建账号",
    cancel: "取消",
    created: "账号已新建",
    createdNext:
      "首次登录时，本人输入用户名和临时密码（动态验证码留空），然后按提示绑定动态验证码并设置新密码。",
    backToList: "返回经办账号列表",
    createAnother: "再新建一个",
  },
  table: {
    shownMore: "已显示 {{shown}} 条，还有更多。",
    shownAll: "已全部显示，共 {{shown}} 条。",
    loadMore: "加载更多",
    loadingMore: "正在加载…",
  },
  audit: {
    filtersLabel: "查询条件",
    filtersIntro:
      "条件可任意组合，不填的条件不限。按参保人查询须输入完整的 18 位身份证号码，查出与此人有关的全部记录；按经办人查询请输入其用户名，如 chengguan01。",
    residentId: "参保人身份证号码",
    actor: "经办人用户名",
    action: "操作",
    anyAction: "全部操作",
    from: "起始日期",
    to: "截止日期",
    search: "查询",
    clear: "清除条件",
    resultsHeading: "查询结果",
    tableLabel: "审计日志记录",
    seq: "序号",
    at: "时间",
    actorColumn: "操作人",
    role: "岗位",
    subject: "涉及参保人",
    result: "结果",
    clientAddress: "来源地址",
    reason: "原因",
    insured: "参保人",
    anonymous: "未登录访客",
    system: "系统",
    none: "没有符合条件的记录。",
    export: "导出为 CSV 文件",
    exporting: "正在导出…",
    exported: "已导出：{{fileName}}",
    verifyHeading: "核验日志完整性",
    verifyBody: "每条记录都包含前一条记录的校验值，任何一条被修改或删除，都会使此后的校验对不上。",
    verify: "核验日志链",
    verifying: "正在核验…",
    chainIntact: "日志链完整：已核验 {{checked}} 条记录，未发现修改或删除。",
    chainBroken:
      "日志链在第 {{seq}} 条记录处对不上（共核验 {{checked}} 条）：该记录或其前一条可能被修改或删除。请立即报告。",
    results: {
      SUCCEEDED: "成功",
      REFUSED: "被拒绝",
    },
  },
  auditActions: {
    auth: {
      login: "登录",
      logout: "退出登录",
      "sign-out-everywhere": "在所有设备上退出",
      "login-locked": "登录被锁定",
      "recovery-code-used": "使用恢复码登录",
      registered: "开通网上账号",
      "verification-code-sent": "发送短信验证码",
      "password-reset": "找回密码",
      "password-changed": "修改密码",
      "second-factor-enrolled": "绑定动态验证码",
      "second-factor-disabled": "关闭动态验证码",
    },
    profile: {
      "elder-mode-set": "设置长辈模式",
    },
    "citizen-login": {
      unlocked: "解除参保人网上登录锁定",
    },
    "staff-user": {
      created: "新建经办账号",
      "password-reset": "重置经办账号密码",
      "second-factor-reset": "重置经办账号动态验证码",
      activated: "启用经办账号",
      deactivated: "停用经办账号",
      unlocked: "解除经办账号锁定",
      "role-granted": "授予岗位",
    },
    person: {
      "resident-id-revealed": "查看完整身份证号码",
    },
    application: {
      submitted: "提交制卡申请",
      "action-recorded": "办理制卡申请",
      read: "查看制卡申请",
      searched: "查询制卡申请",
    },
    card: {
      "reported-lost": "挂失医保卡",
    },
    audit: {
      searched: "查询审计日志",
      exported: "导出审计日志",
      "chain-verified": "核验审计日志链",
    },
    outbox: {
      read: "查看短信发件箱",
    },
  },
  revealReasons: {
    ENTER_IN_NATIONAL_SYSTEM: "录入国家医保信息平台等系统",
    COMPARE_WITH_DOCUMENT: "与本人证件核对",
    PRINT_NOTICE: "打印通知书或卡档案",
  },
  outbox: {
    intro: "开发和测试环境中，系统不真正发送短信，而是记录在这里，便于查看验证码。",
    production: "正式环境没有短信发件箱：短信已通过短信服务商发送。",
    tableLabel: "已发送的短信",
    at: "时间",
    phone: "手机号",
    template: "模板",
    text: "内容",
    status: "状态",
    statuses: {
      PENDING: "待发送",
      SENT: "已发送",
      FAILED: "发送失败",
    },
  },
  session: {
    warningBody: "您已有一段时间未操作。为保护参保人信息，系统将自动退出登录。",
  },
  crash: {
    body: "很抱歉，页面出了问题。请重新加载页面；如果问题一直存在，请联系系统管理员。",
  },
};

export type Resource = ResourceShape<typeof zhCN>;

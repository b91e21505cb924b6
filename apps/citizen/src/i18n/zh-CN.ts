import type { ResourceShape } from "@yibao/ui";
import { ratingZhCN } from "../features/rating/rating-texts";

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
    services: "办事",
    messages: "消息",
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
    services: "办事",
    cardApply: "申领医保卡",
    cardProgress: "办理进度",
    reportLost: "挂失医保卡",
    replacement: "补换医保卡",
    messages: "消息",
    privacy: "个人信息保护告知",
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
      cardHint: "办理进度和领卡通知会发到这个号码。11 位，以 1 开头。",
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
    photo: {
      label: "证件照片",
      hint: "JPEG 格式（.jpg），{{requiredWidth}} × {{requiredHeight}} 像素，白色背景，文件大小 {{minKb}}–{{maxKb}} KB。照相馆拍的“社保卡照片”一般都符合要求。",
      previewAlt: "您选择的证件照片",
      previewCaption: "照片符合要求，将随申请一起提交。",
      issues: {
        too_small: "请上传证件照片。",
        NOT_JPEG: "这不是 JPEG 照片。请上传 .jpg 格式的照片（不能用 PNG、HEIC 或截图）。",
        UNREADABLE: "照片文件已损坏或无法读取，请换一张照片。",
        WRONG_DIMENSIONS:
          "照片尺寸是 {{width}} × {{height}} 像素，应为 {{requiredWidth}} × {{requiredHeight}} 像素。请用照相馆的社保卡照片，或按这个尺寸裁剪。",
        TOO_SMALL_FILE: "照片文件只有 {{kb}} KB，太小了，至少要 {{minKb}} KB。请用更清晰的照片。",
        TOO_LARGE_FILE: "照片文件有 {{kb}} KB，太大了，不能超过 {{maxKb}} KB。",
      },
    },
    servicePointCode: {
      label: "领卡地点",
      hint: "卡制好后，请到这里领取。",
      issues: {
        too_small: "请选择领卡地点。",
        UNKNOWN_SERVICE_POINT: "这个领卡地点已不能选择，请重新选择。",
      },
    },
    reason: {
      label: "补换原因",
      issues: {
        invalid_value: "请选择补换原因。",
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
    cardApplied: "申请已提交，已受理。请记下受理编号，可随时在这里查看进度。",
    replacementApplied: "补换卡申请已提交，已受理。",
    cardReportedLost: "医保卡已挂失，即时生效：这张卡现在不能再使用。",
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
    cardProgress: "朗读办卡进度",
    balanceText: "您的医保个人账户余额是 {{amount}} 元。",
    sealedText: "账户目前封存，钱还在，不会丢失。",
  },
  shell: {
    authority: "云溪县医疗保障局",
    hotlines: {
      national: "人社服务热线",
      countyCentre: "县医保中心",
    },
  },
  services: {
    heading: "常用服务",
    cardGroup: "医保卡",
    accountGroup: "医保账户",
    account: "账户余额",
    apply: "申领医保卡",
    progress: "办理进度",
    lost: "挂失",
    replace: "补换卡",
    transactions: "交易明细",
  },
  card: {
    applyIntro:
      "网上申领医保卡：选择领卡地点，上传证件照片，填写手机号码。受理后 3 个工作日内办结，卡制好后到所选地点领取。",
    replacementIntro:
      "卡丢了、坏了、过期了或个人信息变了，可以在网上申请补换卡，新卡制好后到所选地点领取。",
    backToServices: "返回办事",
    backToProgress: "返回办理进度",
    openingHours: "办公时间：",
    phone: "电话：",
    alreadyOpen:
      "您已有一笔制卡申请正在办理（受理编号 {{reference}}，当前状态：{{status}}），不能重复申请。",
    seeProgress: "查看办理进度",
    notAllowed: {
      CARD_ALREADY_ISSUED: "您已经领过医保卡。卡丢了或坏了，请申请补换卡。",
      NO_CARD_TO_REPLACE: "您还没有医保卡，请先申领医保卡。",
      NO_ACTIVE_CARD: "您没有正在使用的医保卡，无需挂失。",
      WORKFLOW: "申请的当前状态不能进行这项操作，请刷新页面查看最新进度。",
      NOT_AVAILABLE: "申请的当前状态不能进行这项操作，请刷新页面查看最新进度。",
    },
    submitApply: "提交申请",
    submitReplacement: "提交补换卡申请",
    submitting: "正在提交…",
    pending: "正在办理…",
    cancel: "取消",
    resubmit: "补交材料，重新提交",
    withdraw: {
      button: "撤回申请",
      question:
        "确定撤回受理编号为 {{reference}} 的申请吗？撤回后这笔申请结束，需要时可以重新申请。",
      confirm: "确定撤回",
    },
    reportLost: {
      intro: "挂失后这张卡立即停用，别人捡到也不能用。挂失后可以申请补换卡。",
      button: "挂失这张卡",
      question: "确定挂失吗？挂失立即生效，这张卡马上不能使用。",
      confirm: "确定挂失",
      notActive: "您没有正在使用的医保卡，无需挂失。",
    },
    myCard: "我的医保卡",
    cardNumber: "卡号",
    oldCard: "原卡",
    oldCardReplaced: "已由补换卡申请 {{reference}} 替换，不能再使用。",
    cardStatusLabel: "卡状态",
    cardStatus: {
      ACTIVE: "正常",
      REPORTED_LOST: "已挂失",
      CANCELLED: "已注销",
    },
    reportedLostExplanation: "这张卡已挂失，不能使用。请申请补换卡；补换的原因选“卡丢失”。",
    noCard: "您还没有医保卡。",
    applicationsHeading: "我的申请",
    noApplications: "暂无制卡申请。",
    status: {
      SUBMITTED: "已受理",
      NEEDS_MATERIALS: "需补材料",
      REFUSED: "不予受理",
      WITHDRAWN: "已撤回",
      APPROVED: "审核通过",
      IN_PRODUCTION: "制卡中",
      PRODUCTION_FAILED: "制卡失败",
      READY_FOR_PICKUP: "待领取",
      COLLECTED: "已领取",
      UNCOLLECTED: "逾期未领",
      RETURNED_TO_CENTRE: "已退回县医保中心",
      EXPIRED: "逾期注销",
    },
    statusExplanation: {
      SUBMITTED: "申请已受理，经办人员正在审核。",
      NEEDS_MATERIALS: "还缺少下面的材料，请一次补齐后重新提交。",
      REFUSED: "申请不予受理，原因和办法见下方。",
      WITHDRAWN: "您已撤回这笔申请。",
      APPROVED: "审核已通过，即将开始制卡。",
      IN_PRODUCTION: "医保卡正在制作。",
      PRODUCTION_FAILED: "制卡没有成功，经办人员会重新制作，无需您再申请。",
      READY_FOR_PICKUP: "医保卡已制好，请带上本人有效身份证件，在期限内到下面的地点领取。",
      COLLECTED: "医保卡已领取。",
      UNCOLLECTED:
        "领取期限已过，卡暂时还在下面的地点，请尽快带上本人有效身份证件去领取。逾期未领的卡会退回县医保中心，保留期满后注销。",
      RETURNED_TO_CENTRE:
        "卡因逾期未领已退回县医保中心，请带上本人有效身份证件到县医保中心领取。保留期满仍未领取的卡会注销。",
      EXPIRED: "卡超过保留期限仍未领取，已注销。如需用卡，请重新申请。",
    },
    kind: {
      FIRST_ISSUE: "首次申领",
      REPLACEMENT: "补换卡",
    },
    kindReason: "（{{reason}}）",
    replacementReason: {
      LOST: "卡丢失",
      DAMAGED: "卡损坏",
      EXPIRED: "卡过期",
      DETAILS_CHANGED: "个人信息变更",
    },
    oldCardCancelled: {
      SUBMISSION: "提交后旧卡立即注销，不能再用。",
      COLLECTION: "领取新卡时旧卡才注销，在此之前旧卡照常使用。",
    },
    reference: "受理编号",
    submittedAt: "提交时间",
    channelLabel: "办理渠道",
    channel: {
      COUNTY_CENTRE: "县医保中心窗口",
      SERVICE_POINT: "服务点窗口",
      ONLINE: "网上申请",
      EMPLOYER: "单位代办",
    },
    dueDate: "承诺办结日期",
    dueDateProvisional: "（预计，节假日安排公布后可能调整）",
    pickupBy: "领取截止日期",
    pickupAt: "领卡地点",
    collectAt: "领卡地点（卡制好后在这里领取）",
    uncollectedAt: "卡暂存地点（逾期未领，请尽快领取）",
    returnedAt: "领卡地点（卡已退回县医保中心）",
    missingHeading: "需要补交的材料（一次性告知）：",
    missingItem: {
      PHOTO: "符合要求的证件照片",
      ID_DOCUMENT_COPY: "本人有效身份证件复印件",
      AGENT_ID_DOCUMENT: "代办人的有效身份证件",
      AUTHORISATION_LETTER: "参保人签字的委托书",
      HOUSEHOLD_REGISTER: "户口簿",
      GUARDIAN_ID_DOCUMENT: "监护人的有效身份证件",
    },
    refusalHeading: "不予受理通知",
    refusalReasonLabel: "原因：",
    refusalRemedyLabel: "办法：",
    refusalReason: {
      NOT_INSURED: "您目前没有参加基本医疗保险。",
      DUPLICATE_APPLICATION: "您已有一笔正在办理的制卡申请。",
      DOCUMENTS_INVALID: "提交的身份证件无效或已过期。",
      PHOTO_UNSUITABLE: "照片不符合制卡要求。",
    },
    refusalRemedy: {
      ENROL_FIRST: "请先办理参保登记，参保后再申请。",
      FOLLOW_OPEN_APPLICATION: "请查看正在办理的那笔申请的进度，不用重复申请。",
      BRING_VALID_DOCUMENTS: "请携带有效身份证件到服务点重新申请。",
      PROVIDE_CONFORMING_PHOTO: "请准备符合要求的照片后重新申请。",
    },
    timelineHeading: "办理记录",
    action: {
      SUBMIT: "提交申请",
      VERIFY_DOCUMENTS: "核验证件",
      REQUEST_MATERIALS: "通知补交材料",
      RESUBMIT: "补交材料",
      REFUSE: "不予受理",
      WITHDRAW: "撤回申请",
      APPROVE: "审核通过",
      START_PRODUCTION: "开始制卡",
      MARK_FAILED: "制卡失败",
      MARK_READY: "卡已送达领卡地点",
      HAND_OVER: "领取医保卡",
      ISSUE_ON_THE_SPOT: "当场领卡",
      EXPIRE_PICKUP: "领取期限已过",
      RETURN_TO_CENTRE: "卡退回县医保中心",
      CANCEL_UNCOLLECTED: "逾期未领，卡已注销",
      ESCALATE: "县医保中心督办",
      DUE_DATE_CHANGED: "确定办结日期",
    },
    spoken: {
      none: "您还没有制卡申请。",
      cardOnly: "您的医保卡状态：{{status}}。",
      status: "您的制卡申请，受理编号 {{reference}}，目前{{status}}。",
      pickup: "请在 {{pickupBy}} 之前，到{{name}}领取，地址：{{address}}，办公时间：{{hours}}。",
    },
  },
  messages: {
    unreadCount: "未读消息：{{count}} 条",
    unread: "未读",
    empty: "暂无消息。",
    loadMore: "加载更多",
    loadingMore: "正在加载…",
    toProgress: "查看办理进度",
  },
  privacy: {
    intro:
      "云溪县医疗保障局依照《中华人民共和国个人信息保护法》处理您的个人信息。下面用简单的话说明我们保存什么、为什么、谁能看到，以及您有哪些权利。",
    what: {
      heading: "我们保存什么",
      body: "您的姓名、居民身份证号码、手机号码、参保和缴费记录、个人账户的收支、制卡申请和证件照片，以及登录记录。身份证号码、照片和医疗费用属于敏感个人信息，我们只在办理业务需要时使用。",
    },
    why: {
      heading: "为什么保存",
      body: "为了办理医保业务：核实您的身份、记账和查询余额、制作和发放医保卡、发送办理进度通知、保护账户安全。不用于其他目的，不用于广告。",
    },
    who: {
      heading: "谁能看到",
      body: "您本人；为您办理业务的县医保中心和服务点经办人员，只能看到所办业务需要的信息，每次查看都有记录；法律规定的税务等部门。我们不向其他机构或个人出售或提供您的信息。",
    },
    howLong: {
      heading: "保存多久",
      body: "按照医保档案管理的规定保存；不再需要的信息按规定删除或匿名化。",
    },
    rights: {
      heading: "您的权利",
      body: "您可以查阅、复制您的信息，发现有误可以要求更正，也可以要求说明我们如何处理您的信息。需要帮助或对处理方式有意见，请拨打 12333 或县医保中心电话 0871-67120333，也可以到县医保中心窗口提出。",
    },
    updated: "本告知于 2026 年更新。",
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
      cardProgress: { label: "办卡进度", description: "看看医保卡办到哪一步了、去哪里领" },
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
    card: {
      applyIntro:
        "在手机上办医保卡：选一个离家近的地方领卡，传一张证件照，填上手机号。3 个工作日左右办好，办好后去选的地方领。",
      statusExplanation: {
        READY_FOR_PICKUP: "卡已经做好了。请带上身份证，在截止日期前去下面的地方领。",
      },
      reportLost: {
        intro: "卡丢了，先挂失。挂失后这张卡马上不能用，别人捡到也用不了。",
      },
    },
  },
  rating: ratingZhCN,
};

export type Resource = ResourceShape<typeof zhCN>;

/**
 * The employer portal's texts (单位经办), zh-CN first; `employerEn` has the same keys. They are
 * the portal's own i18n namespace, loaded with the portal: a key found here wins, any other falls
 * back to the citizen app's and the shared texts (so `app.name` and `login.heading` are worded
 * for agents here without changing them for the insured).
 */
export const employerZhCN = {
  app: {
    name: "医保单位经办服务",
  },
  pages: {
    login: "经办人登录",
    batches: "批量申领医保卡",
    newBatch: "新建批次",
    batch: "批次详情",
    cards: "待发放的医保卡",
  },
  login: {
    heading: "用人单位经办人登录",
    intro:
      "请输入单位的统一社会信用代码、您本人的居民身份证号码和密码。登录后只能办理本单位的业务。",
  },
  errors: {
    INVALID_CREDENTIALS:
      "统一社会信用代码、身份证号码或密码不正确，或您的经办授权已到期，请核对后重试。",
  },
  fields: {
    creditCode: {
      label: "统一社会信用代码",
      hint: "18 位，印在营业执照上，由数字和大写字母组成。",
      issues: {
        EMPTY: "请输入统一社会信用代码。",
        WRONG_LENGTH: "统一社会信用代码应为 18 位，请核对位数。",
        INVALID_CHARACTERS: "统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）。",
        INVALID_REGION_CODE: "代码的第 3 至 8 位应为行政区划代码（数字），请核对。",
        CHECK_CHARACTER_MISMATCH: "代码的最后一位与前 17 位对不上，可能有输错的字符，请逐位核对。",
      },
    },
    agentResidentId: {
      label: "经办人身份证号码",
      hint: "您本人的 18 位居民身份证号码。",
    },
  },
  nav: {
    label: "单位经办",
    batches: "批量申领",
    cards: "待发放的卡",
  },
  header: {
    creditCode: "统一社会信用代码 {{code}}",
    agent: "经办人：{{name}}",
  },
  /** The agent's own 账号安全; the rest of its words are the citizen app's. */
  security: {
    intro:
      "这是您本人的经办人账号：修改密码、开启身份验证器只改变您自己的登录，本单位其他经办人的账号不受影响。",
  },
  batchStatus: {
    CHECKING: "正在检查",
    CHECKED: "已检查，待提交",
    FILE_REFUSED: "文件未通过",
    SUBMITTED: "已提交",
  },
  batches: {
    intro:
      "为本单位职工集中申领医保卡：下载模板，填好后上传。每一行都检查通过后再提交，县医保中心审核、制卡后，由经办人到县医保中心统一领取，再发给职工本人。",
    newBatch: "新建批次",
    listHeading: "已上传的批次",
    empty: "还没有上传过批次。",
    caption: "本单位的批次，最新的在前",
    columns: {
      file: "文件",
      createdAt: "上传时间",
      agent: "经办人",
      status: "状态",
      rows: "行数",
      valid: "符合要求",
      invalid: "不符合要求",
      submitted: "提交时间",
      applications: "制卡申请",
    },
    notYet: "—",
    open: "查看",
    more: "显示更早的批次",
  },
  newBatch: {
    templateHeading: "第一步：下载模板",
    templateText:
      "模板有 4 列：姓名、身份证号码、手机号码（这三列必填）和服务点（可选，职工希望的服务点）。身份证号码和手机号码两列已设为“文本”格式，请不要改成数字，否则号码末尾几位和 X 会丢失。",
    templateButton: "下载模板（.xlsx）",
    fileHeading: "第二步：上传填好的文件",
    sheetLabel: "申请表（.xlsx 或 .csv）",
    sheetHint: "Excel、WPS、LibreOffice 等导出的 .xlsx，或 UTF-8、GBK 编码的 .csv，不超过 10 MB。",
    photosLabel: "职工照片（可选，.zip 压缩包）",
    photosHint:
      "每张照片以身份证号码命名，如 530125198506120038.jpg。没有照片的职工也可以提交，以后再补照片。",
    sheetRequired: "请选择填好的申请表文件。",
    submit: "上传并检查",
    uploading: "正在上传…",
  },
  batch: {
    uploadedAt: "上传时间：{{at}}",
    back: "返回批次列表",
    progressLabel: "检查进度",
    progress: "正在检查：已检查 {{done}} 行，共 {{total}} 行。",
    queued: "已收到文件，正在排队检查…",
    progressHint: "检查会在后台继续，可以先离开这个页面，稍后回来查看结果。",
    refusedHeading: "这个文件没有通过检查",
    refusedAgain: "请按上面的说明修改文件，然后新建批次重新上传。",
    reportHeading: "检查结果",
    summary: "共 {{total}} 行：{{valid}} 行符合要求，{{invalid}} 行不符合要求。",
    withPhoto: "其中 {{count}} 行有照片；没有照片的职工，申请提交后再补照片。",
    allValid: "每一行都符合要求，可以提交。",
    invalidHeading: "不符合要求的行",
    invalidCaption: "不符合要求的行和原因",
    warningsHeading: "请留意",
    rowColumn: "行号",
    problemColumn: "问题",
    row: "第 {{row}} 行",
    problem: "{{column}}：{{reason}}",
    errorFile: "下载错误清单（.xlsx）",
    errorFileHint: "清单列出不符合要求的每一行和原因。改好原文件后，新建批次重新上传。",
  },
  columns: {
    NAME: "姓名",
    RESIDENT_ID: "身份证号码",
    PHONE: "手机号码",
    SERVICE_POINT: "服务点",
    PHOTO: "照片",
  },
  /** Why a row is invalid; the ID number's own reasons are the citizen app's `fields.residentId.issues`. */
  rowReasons: {
    REQUIRED: "没有填写",
    TOO_LONG: "太长了",
    STORED_AS_NUMBER:
      "号码被表格存成了数字，末尾几位和 X 已经丢失。请把这一列设为“文本”格式，重新输入号码后再上传。",
    DUPLICATE_IN_FILE: "和前面某一行的身份证号码相同，同一个人只能填一行",
    PHONE_FORMAT: "应为 11 位手机号码",
    ALREADY_APPLIED: "本单位已经为这位职工申请过，申请还在办理中",
    APPLICATION_ALREADY_OPEN: "这位职工已有一份正在办理的制卡申请",
    CARD_ALREADY_ISSUED: "这位职工已经有医保卡；遗失或损坏请办理补换卡",
    NOT_JPEG: "不是 JPEG 照片（.jpg）",
    UNREADABLE: "照片已损坏，无法读取",
    WRONG_DIMENSIONS: "照片尺寸不符合制卡要求",
    TOO_SMALL_FILE: "照片文件太小，不够清晰",
    TOO_LARGE_FILE: "照片文件太大",
  },
  rowWarnings: {
    UNKNOWN_SERVICE_POINT: "不是本县的服务点名称，可以提交，县医保中心会另行安排",
  },
  /** Why a whole file was refused; `{{expected}}` and `{{optional}}` name the template's columns. */
  fileErrors: {
    TOO_LARGE: "文件超过 10 MB。请分成几个文件上传。",
    NOT_A_SPREADSHEET:
      "这个文件不是 .xlsx 或 .csv 表格，内容和文件名对不上（比如把 PDF 或图片改了扩展名）。请用 Excel 或 WPS 打开申请表，另存为 .xlsx 后再上传。",
    OLD_XLS: "这是旧版 Excel 文件（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再上传。",
    ENCRYPTED: "文件设置了打开密码。请取消密码后另存，再上传。",
    UNREADABLE: "文件已损坏，或者文字编码无法识别。请重新导出后再上传。",
    COMPRESSION_BOMB: "文件解压后过大，不像正常的申请表，已拒收。请用模板重新填写后上传。",
    FORMULA_PRESENT:
      "表格里有公式。公式的计算结果不可靠，整个文件不予读取。请复制全部内容，用“选择性粘贴 → 数值”去掉公式后再上传。",
    EMPTY_SHEET: "第一个工作表在表头下面没有任何职工。请从表头的下一行起填写，每行一位职工。",
    TOO_MANY_ROWS: "一个文件最多 {{max}} 行。请分成几个文件上传。",
    WRONG_COLUMNS:
      "表头不对：第一行应有这几列 {{expected}}（必填），可以有 {{optional}}（可选），每列只能出现一次。请用模板的表头。",
    PHOTO_ARCHIVE_UNREADABLE:
      "照片压缩包无法打开（不是 .zip、已损坏或设置了密码）。请重新压缩后上传。",
    PHOTO_ARCHIVE_TOO_LARGE: "照片压缩包里的文件太多或解压后太大。请只放职工的证件照片。",
  },
  letter: {
    heading: "单位介绍信",
    hint: "提交前须上传加盖单位公章的介绍信：PDF、JPEG 或 PNG，不超过 5 MB。",
    label: "介绍信文件",
    upload: "上传介绍信",
    uploading: "正在上传…",
    replace: "换一份介绍信",
    attached: "已上传：{{file}}（{{size}}）",
    fileRequired: "请选择介绍信文件。",
    rejections: {
      NOT_PDF_OR_IMAGE: "介绍信须为 PDF、JPEG 或 PNG 文件，这个文件不是。",
      TOO_LARGE: "介绍信文件超过 5 MB，请压缩后再上传。",
    },
  },
  submit: {
    heading: "提交申请",
    letterFirst: "请先上传单位介绍信，然后才能提交。",
    all: "提交全部 {{count}} 行",
    validOnly: "只提交符合要求的 {{count}} 行",
    blocked:
      "还有 {{invalid}} 行不符合要求，不能整批提交。请改好文件后新建批次重新上传，或者明确选择只提交符合要求的行。",
    confirmAll: "将为这 {{count}} 位职工各提交一份制卡申请。提交后不能撤回，确定提交吗？",
    confirmValidOnly:
      "只为符合要求的 {{count}} 位职工提交制卡申请；不符合要求的 {{invalid}} 行不会提交，改好后需另外上传。确定提交吗？",
    confirm: "确定提交",
    notReady: {
      CHECKING: "这批还在检查，检查完才能提交。",
      FILE_REFUSED: "这个文件没有通过检查，不能提交。",
      LETTER_MISSING: "请先上传单位介绍信，然后才能提交。",
      NO_VALID_ROWS: "没有符合要求的行，没有可以提交的申请。",
      RECORDS_CHANGED: "提交时有职工的记录刚刚变了，这次没有提交任何申请。请再提交一次。",
      SUBMITTED: "这批已经提交过了。",
    },
  },
  submitted: {
    heading: "已提交",
    text: "{{at}} 已提交，共 {{applications}} 份制卡申请。县医保中心审核、制卡后，请经办人带本人身份证件到县医保中心领卡。",
    validOnly: "这次只提交了符合要求的行。",
    cardsLink: "查看待发放的医保卡",
  },
  cards: {
    intro:
      "经办人已从县医保中心领回、还没有发给职工本人的医保卡。把卡交给职工后，请点“已发放”登记。",
    empty: "现在没有待发放的医保卡。",
    caption: "待发放的医保卡",
    columns: {
      name: "姓名",
      residentId: "身份证号码",
      reference: "受理编号",
      cardNumber: "卡号",
      collectedAt: "领回时间",
      status: "状态",
      action: "发放",
    },
    status: {
      WITH_EMPLOYER: "经办人已领回",
      UNCOLLECTED: "已过领卡期限，请尽快发放",
    },
    handOut: "已发放",
    question: "确认已把 {{name}} 的医保卡交给本人？",
    confirm: "确认已发放",
    done: "已登记：{{name}} 的医保卡已发放给本人。",
  },
};

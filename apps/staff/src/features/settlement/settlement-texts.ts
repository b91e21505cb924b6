import type { ResourceShape } from "@yibao/ui";

/** The till's texts (医保结算), zh-CN first; `settlementEn` has the same keys. */
export const settlementZhCN = {
  heading: "医保结算",
  intro:
    "先输入本笔金额，再扫描参保人手机上的医保电子凭证（扫码枪扫完会自动提交）。个人账户余额不足的部分由参保人自付。",
  form: {
    label: "本笔结算",
    amount: "金额（元）",
    amountHint: "保留两位小数，如 36.50。",
    token: "医保电子凭证",
    tokenHint: "光标放在这里，用扫码枪扫参保人手机上的二维码；也可以粘贴。",
    terminalTransactionId: "终端流水号",
    terminalTransactionIdHint:
      "每笔自动生成，可改成收银机的流水号。同一笔重新提交时保持不变，不会重复扣款。",
    newNumber: "换一个新流水号",
    submit: "结算",
    submitting: "正在结算…",
    retrySafe: "不确定这笔是否已结算：请直接再点“结算”。流水号没有变，不会重复扣款。",
  },
  issues: {
    amountFen: {
      EMPTY: "请输入金额。",
      NEGATIVE: "金额不能是负数。",
      INVALID_FORMAT: "金额只能是数字，如 36.50。",
      TOO_MANY_DECIMALS: "金额最多两位小数（到分）。",
      OUT_OF_RANGE: "金额太大，请核对。",
      too_small: "金额须大于 0 元。",
      too_big: "单笔金额不能超过 1,000,000.00 元，请核对。",
    },
    token: {
      EMPTY: "请扫描或粘贴参保人的医保电子凭证。",
      too_small: "请扫描或粘贴参保人的医保电子凭证。",
      too_big: "这不是医保电子凭证的二维码，请重新扫描。",
    },
    terminalTransactionId: {
      too_small: "请输入终端流水号。",
      TERMINAL_TRANSACTION_ID_FORMAT: "流水号只能包含字母、数字、- 和 _，最多 64 位。",
    },
  },
  result: {
    heading: "结算成功",
    name: "参保人",
    amount: "结算金额",
    fromAccount: "个人账户支付",
    selfPay: "个人自付",
    selfPayCollect: "请向参保人收取 {{amount}}。",
    nothingToCollect: "无需参保人另外付款。",
    terminalTransactionId: "终端流水号",
    settledAt: "结算时间",
  },
  today: {
    heading: "今日结算",
    date: "{{date}}，本机构共 {{count}} 笔，个人账户支付合计 {{total}}（已扣除冲正）。",
    empty: "今天还没有结算。",
    tableLabel: "今日结算列表",
    columns: {
      settledAt: "时间",
      terminalTransactionId: "终端流水号",
      name: "参保人",
      amount: "结算金额",
      fromAccount: "个人账户支付",
      selfPay: "个人自付",
      action: "状态 / 操作",
    },
    reverse: "冲正",
    reverseLabel: "冲正流水号 {{number}} 的结算",
    reversed: "已冲正 {{time}}",
    notReversible: "—",
  },
  reverse: {
    title: "冲正这笔结算？",
    body: "流水号 {{number}}，参保人 {{name}}，结算金额 {{amount}}。冲正后，个人账户支付的 {{fromAccount}} 退回参保人的个人账户；个人自付的 {{selfPay}} 请按本机构规定退还。冲正不能撤销。",
    confirm: "确认冲正",
    confirming: "正在冲正…",
    cancel: "取消",
    done: "流水号 {{number}} 已冲正，{{amount}} 已退回参保人的个人账户。",
  },
};

export const settlementEn: ResourceShape<typeof settlementZhCN> = {
  heading: "Insurance payment",
  intro:
    "Enter the bill's amount first, then scan the e-card on the person's phone (the scanner sends the form). Whatever the personal account cannot cover, the person pays themselves.",
  form: {
    label: "This sale",
    amount: "Amount (yuan)",
    amountHint: "With two decimals, such as 36.50.",
    token: "Medical insurance e-card",
    tokenHint: "Put the cursor here and scan the QR code on the person's phone, or paste it.",
    terminalTransactionId: "Terminal transaction number",
    terminalTransactionIdHint:
      "Made for each sale; you may type the cash register's number instead. It stays the same when the same sale is sent again, so nothing is charged twice.",
    newNumber: "Take a new number",
    submit: "Settle",
    submitting: "Settling…",
    retrySafe:
      "It is not known whether this sale went through: press Settle again. The number has not changed, so nothing is charged twice.",
  },
  issues: {
    amountFen: {
      EMPTY: "Enter the amount.",
      NEGATIVE: "The amount cannot be negative.",
      INVALID_FORMAT: "Enter the amount in digits, such as 36.50.",
      TOO_MANY_DECIMALS: "At most two decimals (fen).",
      OUT_OF_RANGE: "The amount is too large. Check it.",
      too_small: "The amount must be more than 0 yuan.",
      too_big: "One bill cannot be more than 1,000,000.00 yuan. Check it.",
    },
    token: {
      EMPTY: "Scan or paste the person's medical insurance e-card.",
      too_small: "Scan or paste the person's medical insurance e-card.",
      too_big: "This is not an e-card's QR code. Scan it again.",
    },
    terminalTransactionId: {
      too_small: "Enter the terminal transaction number.",
      TERMINAL_TRANSACTION_ID_FORMAT: "Letters, digits, - and _ only, at most 64 characters.",
    },
  },
  result: {
    heading: "Payment settled",
    name: "Insured person",
    amount: "Bill",
    fromAccount: "Paid from the personal account",
    selfPay: "Paid by the person",
    selfPayCollect: "Collect {{amount}} from the person.",
    nothingToCollect: "Nothing more to collect from the person.",
    terminalTransactionId: "Terminal transaction number",
    settledAt: "Settled at",
  },
  today: {
    heading: "Today's payments",
    date: "{{date}}: {{count}} at this institution, {{total}} paid from personal accounts (reversals deducted).",
    empty: "No payments yet today.",
    tableLabel: "List of today's payments",
    columns: {
      settledAt: "Time",
      terminalTransactionId: "Terminal transaction number",
      name: "Insured person",
      amount: "Bill",
      fromAccount: "From the account",
      selfPay: "Self-paid",
      action: "Status / action",
    },
    reverse: "Reverse",
    reverseLabel: "Reverse the payment numbered {{number}}",
    reversed: "Reversed {{time}}",
    notReversible: "—",
  },
  reverse: {
    title: "Reverse this payment?",
    body: "Number {{number}}, {{name}}, bill {{amount}}. The {{fromAccount}} paid from the personal account goes back to it; refund the self-paid {{selfPay}} as your institution does. A reversal cannot be undone.",
    confirm: "Reverse it",
    confirming: "Reversing…",
    cancel: "Cancel",
    done: "Payment {{number}} reversed: {{amount}} is back in the person's personal account.",
  },
};

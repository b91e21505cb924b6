import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { DomainErrorCode } from "@yibao/domain";

// The codes are shared with the apps (@yibao/domain); the zh-CN sentences below are the server's
// own message, for callers without an app (curl, integrations). No message carries the input.
export { type DomainErrorCode, domainErrorCodes } from "@yibao/domain";

const errorTable: Record<DomainErrorCode, { trpcCode: TRPC_ERROR_CODE_KEY; message: string }> = {
  INVALID_CREDENTIALS: { trpcCode: "UNAUTHORIZED", message: "证件号码或密码不正确。" },
  ACCOUNT_LOCKED: {
    trpcCode: "TOO_MANY_REQUESTS",
    message: "密码连续输错次数过多，账号已暂时锁定，请稍后再试。",
  },
  SECOND_FACTOR_REQUIRED: {
    trpcCode: "UNAUTHORIZED",
    message: "请输入身份验证器上的动态验证码。",
  },
  RATE_LIMITED: { trpcCode: "TOO_MANY_REQUESTS", message: "操作太频繁，请稍后再试。" },
  VERIFICATION_FAILED: {
    trpcCode: "BAD_REQUEST",
    message: "验证码不正确或已失效，请重新获取。",
  },
  PASSWORD_REJECTED: {
    trpcCode: "BAD_REQUEST",
    message: "新密码不符合要求，请换一个密码。",
  },
  CURRENT_PASSWORD_WRONG: { trpcCode: "BAD_REQUEST", message: "当前密码不正确。" },
  APPLICATION_ALREADY_OPEN: {
    trpcCode: "CONFLICT",
    message: "您已有一笔正在办理的制卡申请，请先查看办理进度。",
  },
  APPLICATION_CHANGED: {
    trpcCode: "CONFLICT",
    message: "这笔申请刚被其他人办理过，请查看最新状态后再操作。",
  },
  ACTION_NOT_ALLOWED: { trpcCode: "CONFLICT", message: "这笔申请当前的状态不能办理此项操作。" },
  PHOTO_REJECTED: { trpcCode: "BAD_REQUEST", message: "照片不符合要求，请按要求重新上传。" },
  ACCOUNT_SEALED: {
    trpcCode: "CONFLICT",
    message: "参保人的医保个人账户已封存，不能用个人账户支付。",
  },
  ECARD_TOKEN_INVALID: {
    trpcCode: "BAD_REQUEST",
    message: "医保电子凭证二维码无效或已过期，请参保人刷新后重新出示。",
  },
  REVERSAL_NOT_ALLOWED: {
    trpcCode: "CONFLICT",
    message: "这笔结算不能冲正：只有本机构当天的结算可以冲正一次。",
  },
  SETTLEMENT_CONFLICT: {
    trpcCode: "CONFLICT",
    message: "这个终端交易号已用于另一笔金额的结算，请核对后重试。",
  },
  FILE_TOO_LARGE: { trpcCode: "PAYLOAD_TOO_LARGE", message: "文件太大：每个文件不能超过 10 MB。" },
  FILE_REJECTED: { trpcCode: "BAD_REQUEST", message: "文件类型或大小不符合要求，请换一个文件。" },
  BATCH_HAS_INVALID_ROWS: {
    trpcCode: "CONFLICT",
    message: "这批申请中还有不符合要求的行，请修改后重新上传，或只提交符合要求的行。",
  },
  BATCH_NOT_READY: { trpcCode: "CONFLICT", message: "这批申请现在还不能提交，请查看检查结果。" },
  PAYER_ALREADY_REGISTERED: {
    trpcCode: "CONFLICT",
    message: "这个缴费单位或个人已经办理缴费登记，无需重复登记。",
  },
  TAX_RECORD_CONFLICT: { trpcCode: "CONFLICT", message: "这条记录当前的状态不能办理此项操作。" },
  UNAUTHENTICATED: { trpcCode: "UNAUTHORIZED", message: "请先登录。" },
  FORBIDDEN: { trpcCode: "FORBIDDEN", message: "您没有办理此项业务的权限。" },
  NOT_FOUND: { trpcCode: "NOT_FOUND", message: "未找到相关记录。" },
  VALIDATION_FAILED: { trpcCode: "BAD_REQUEST", message: "填写的内容有误，请检查后重试。" },
  INTERNAL: { trpcCode: "INTERNAL_SERVER_ERROR", message: "系统繁忙，请稍后再试。" },
};

/** Facts a client may need to act on the error; never personal data. */
export interface DomainErrorDetail {
  lockedUntil?: string;
  retryAfterSeconds?: number;
  /** Reason codes by field, as the validation issues carry them. */
  issues?: Array<{ path: string[]; code: string }>;
  /** APPLICATION_ALREADY_OPEN: where the open one stands. */
  openApplication?: { id: string; reference: string; status: string };
  /** APPLICATION_CHANGED: the application as it is now. */
  current?: { status: string; version: number };
  /** ACTION_NOT_ALLOWED: which rule said no. */
  reason?: string;
  /** PHOTO_REJECTED: what the photo is, when it could be read. */
  photo?: { width?: number; height?: number; bytes: number };
  /** ACCOUNT_SEALED: the month the account was sealed from ('YYYY-MM'). */
  sealedSince?: string;
  /** PAYER_ALREADY_REGISTERED: the registered payer's id (an employer's or an individual's). */
  payerId?: string;
  /** BATCH_HAS_INVALID_ROWS: how many rows are invalid. */
  invalidRows?: number;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly detail: DomainErrorDetail;

  constructor(code: DomainErrorCode, detail: DomainErrorDetail = {}) {
    super(errorTable[code].message);
    this.name = "DomainError";
    this.code = code;
    this.detail = detail;
  }
}

export function trpcCodeFor(code: DomainErrorCode): TRPC_ERROR_CODE_KEY {
  return errorTable[code].trpcCode;
}

export function messageFor(code: DomainErrorCode): string {
  return errorTable[code].message;
}

/** Raise a known failure through tRPC, keeping the DomainError as the cause for the formatter. */
export function toTrpcError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeFor(error.code), message: error.message, cause: error });
}

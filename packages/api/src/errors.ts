import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/**
 * The closed set of known failures (STYLE.md rule 5). The apps translate the code through
 * their i18n resources; the server's own message is the zh-CN sentence below, for callers
 * without an app (curl, integrations). No message ever carries the caller's input.
 */
export const domainErrorCodes = [
  "INVALID_CREDENTIALS",
  "ACCOUNT_LOCKED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION_FAILED",
  "INTERNAL",
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

const errorTable: Record<DomainErrorCode, { trpcCode: TRPC_ERROR_CODE_KEY; message: string }> = {
  INVALID_CREDENTIALS: { trpcCode: "UNAUTHORIZED", message: "证件号码或密码不正确。" },
  ACCOUNT_LOCKED: {
    trpcCode: "TOO_MANY_REQUESTS",
    message: "密码连续输错次数过多，账户已暂时锁定，请稍后再试。",
  },
  UNAUTHENTICATED: { trpcCode: "UNAUTHORIZED", message: "请先登录。" },
  FORBIDDEN: { trpcCode: "FORBIDDEN", message: "您没有办理此项业务的权限。" },
  NOT_FOUND: { trpcCode: "NOT_FOUND", message: "未找到相关记录。" },
  VALIDATION_FAILED: { trpcCode: "BAD_REQUEST", message: "填写的内容有误，请检查后重试。" },
  INTERNAL: { trpcCode: "INTERNAL_SERVER_ERROR", message: "系统繁忙，请稍后再试。" },
};

/** Facts a client may need to act on the error; never personal data. */
export interface DomainErrorDetail {
  lockedUntil?: string;
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

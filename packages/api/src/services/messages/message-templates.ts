import { type ApplicationStatus, applicationStatuses } from "@yibao/domain";
import {
  type ApplicationMessageKind,
  applicationMessage,
  factsOfMessageParams,
} from "./application-message-words";

const signature = "【云溪医保】";

/** A message about an application: its body from the inbox's words, after the signature. */
const aboutApplication = (kind: ApplicationMessageKind) => (p: Record<string, string>) =>
  `${signature}${applicationMessage(kind, factsOfMessageParams(p)).body}`;

type ApplicationStatusTemplateId = `APPLICATION_${ApplicationStatus}`;

const applicationStatusTemplates = Object.fromEntries(
  applicationStatuses.map((status) => [`APPLICATION_${status}`, aboutApplication(status)]),
) as Record<ApplicationStatusTemplateId, (params: Record<string, string>) => string>;

/**
 * The text messages Yibao sends, in zh-CN (the county's SMS language), with the 【】 signature
 * Chinese SMS providers require; one template per text, as providers register them (短信模板).
 * Parameters hold codes, masked numbers, receipt numbers, places and dates: never a full
 * resident ID number.
 */
export const messageTemplates = {
  VERIFICATION_CODE: (p: Record<string, string>) =>
    `${signature}您的验证码是${p.code}，${p.minutes}分钟内有效。请勿告诉他人，工作人员不会向您索要验证码。`,
  ALREADY_REGISTERED: () =>
    `${signature}您已开通网上服务，无需再次注册。如忘记密码，请使用“忘记密码”找回。`,
  LOGIN_LOCKED: (p: Record<string, string>) =>
    `${signature}您的账号因密码连续输错，已在一处设备上暂时锁定至${p.until}。如非本人操作，请及时修改密码，或携带身份证件到医保服务窗口办理解锁。`,
  LOGIN_UNLOCKED: () =>
    `${signature}您的网上服务账号已在医保服务窗口解除锁定。如非本人申请，请致电12333。`,
  PASSWORD_CHANGED: () => `${signature}您的登录密码已修改。如非本人操作，请立即致电12333。`,
  ...applicationStatusTemplates,
  PICKUP_REMINDER: aboutApplication("PICKUP_REMINDER"),
  DUE_DATE_CHANGED: aboutApplication("DUE_DATE_CHANGED"),
} as const satisfies Record<string, (params: Record<string, string>) => string>;

export type MessageTemplateId = keyof typeof messageTemplates;
export const messageTemplateIds = Object.keys(messageTemplates) as MessageTemplateId[];

/** The template of a message about an application. */
export function applicationTemplateOf(kind: ApplicationMessageKind): MessageTemplateId {
  return kind === "PICKUP_REMINDER" || kind === "DUE_DATE_CHANGED" ? kind : `APPLICATION_${kind}`;
}

export function isMessageTemplateId(id: string): id is MessageTemplateId {
  return Object.hasOwn(messageTemplates, id);
}

export function renderMessage(
  templateId: MessageTemplateId,
  params: Record<string, string>,
): string {
  return messageTemplates[templateId](params);
}

import { createHash } from "node:crypto";
import {
  type ActorKind,
  actorKinds,
  hasPermission,
  isOpenAtStage,
  rolesOfActorKind,
} from "@yibao/domain";
import { accountIdOf } from "../../access/account-owner";
import { actorRegistry } from "../../access/actor-registry";
import { scopeOf } from "../../access/scope";
import type { Actor, ApiContext, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { resolveSession } from "../auth/resolve-session";
import { consumeRateLimits } from "../security/consume-rate-limits";

/** The most a file may be (the employer issue: at most 10 MB). */
export const uploadMaxBytes = 10 * 1024 * 1024;

export interface ReceivedUpload {
  uploadId: string;
  bytes: number;
  sha256: string;
}

// The kinds of account whose roles may send files, in the order a browser holding more than one
// session is read (the employer's portal and the staff app are separate apps; a clerk who is also
// an employer's agent names the one meant with `X-Yibao-Actor`).
const uploadingKinds = actorKinds.filter((kind) =>
  rolesOfActorKind[kind].some((role) => hasPermission(role, "upload:create")),
);

/** The sender's name for the file, as text to show back: decoded, its last path part, bounded. */
function fileNameOf(header: string | undefined): string {
  if (!header)
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["fileName"], code: "REQUIRED" }],
    });
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["fileName"], code: "FORMAT" }],
    });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  const name = (decoded.split(/[\\/]/).at(-1) ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (name.length === 0 || name.length > 200) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["fileName"], code: "FORMAT" }],
    });
  }
  return name;
}

async function senderOf(
  context: ApiContext,
  now: Date,
  wanted: string | undefined,
): Promise<Actor> {
  const kinds = uploadingKinds.filter((kind) => wanted === undefined || kind === wanted);
  for (const kind of kinds as ActorKind[]) {
    const actor = await resolveSession(context.prisma, {
      kind,
      token: context.cookies.get(actorRegistry[kind].cookieName),
      now,
    });
    if (actor) return actor as Actor;
  }
  throw new DomainError("UNAUTHENTICATED");
}

/**
 * POST /uploads: keeps the bytes a signed-in sender sent, with their SHA-256, and answers the id the
 * procedures that read files take (`uploadId`). What the file is, is judged by those procedures from
 * its bytes; here only who sent it, how big it is and its name. Audited; rate limited as a write.
 */
export async function receiveUpload(
  context: ApiContext,
  input: { bytes: Uint8Array; fileName: string | undefined; actorKind?: string },
): Promise<ReceivedUpload> {
  const now = context.now();
  const actor = await senderOf(context, now, input.actorKind);
  if (!hasPermission(actor.role, "upload:create") || !isOpenAtStage(actor.stage, "upload:create")) {
    throw new DomainError("FORBIDDEN");
  }
  await consumeRateLimits(
    context.prisma,
    [
      { bucket: "writePerActor", subject: actor.sessionId },
      { bucket: "writePerAddress", subject: context.clientAddress ?? "unknown" },
    ],
    now,
  );
  const fileName = fileNameOf(input.fileName);
  if (input.bytes.byteLength === 0) {
    throw new DomainError("VALIDATION_FAILED", { issues: [{ path: ["file"], code: "EMPTY" }] });
  }
  if (input.bytes.byteLength > uploadMaxBytes) throw new DomainError("FILE_TOO_LARGE");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const ctx: ServiceContext<Actor> = {
    prisma: context.prisma,
    protector: context.protector,
    messages: context.messages,
    now,
    actor,
    scope: scopeOf(actor),
    clientAddress: context.clientAddress,
    production: context.production,
  };
  const upload = await context.prisma.$transaction(async (tx) => {
    const created = await tx.upload.create({
      data: {
        sha256,
        byteCount: input.bytes.byteLength,
        // Sealed like any personal data: a batch or collection file lists ID numbers and phones.
        bytes: context.protector.sealBytes(input.bytes, "upload.bytes"),
        fileName,
        uploadedAt: now,
        uploadedByKind: actor.kind,
        uploadedById: accountIdOf(actor),
        // Whose file it is, for an agent: it is only ever read for that employer.
        employerId: actor.kind === "EMPLOYER" ? actor.employerId : null,
      },
      select: { id: true },
    });
    await recordActorEvent(tx, ctx, {
      action: "upload.received",
      subjectPersonId: null,
      detail: { uploadId: created.id, bytes: input.bytes.byteLength },
    });
    return created;
  });
  return { uploadId: upload.id, bytes: input.bytes.byteLength, sha256 };
}

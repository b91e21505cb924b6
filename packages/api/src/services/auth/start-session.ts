import type { PrismaClient } from "@yibao/db";
import { type ActorKind, newSessionExpiry, type SessionStage } from "@yibao/domain";
import { accountOwnerOf } from "../../access/account-owner";
import { newSessionToken, sessionIdFor } from "./session-token";

type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface StartedSession {
  token: string;
  idleExpiresAt: Date;
  stage: SessionStage;
}

/**
 * Opens a session for a person, a staff member or an employer's agent. Called inside the login transaction, so a
 * session exists only together with the cleared lock and the audit entry.
 */
export async function startSession(
  tx: TransactionClient,
  subject: {
    kind: ActorKind;
    subjectId: string;
    stage: SessionStage;
    now: Date;
    clientAddress: string | null;
  },
): Promise<StartedSession> {
  const token = newSessionToken();
  const expiry = newSessionExpiry(subject.now);
  await tx.session.create({
    data: {
      id: sessionIdFor(token),
      kind: subject.kind,
      stage: subject.stage,
      ...accountOwnerOf(subject.kind, subject.subjectId),
      createdAt: subject.now,
      lastSeenAt: subject.now,
      idleExpiresAt: expiry.idleExpiresAt,
      absoluteExpiresAt: expiry.absoluteExpiresAt,
      clientAddress: subject.clientAddress,
    },
  });
  return { token, idleExpiresAt: expiry.idleExpiresAt, stage: subject.stage };
}

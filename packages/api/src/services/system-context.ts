import type { DataProtector, PrismaClient } from "@yibao/db";
import type { ServiceContext, SystemActor } from "../context";
import { createOutboxMessageGateway } from "./messages/outbox-message-gateway";

/** What a job lends a use case: the database, the clock it was handed and its own name. */
export function systemContext(
  database: { prisma: PrismaClient; protector: DataProtector },
  now: Date,
  job: string,
): ServiceContext<SystemActor> {
  return {
    prisma: database.prisma,
    protector: database.protector,
    messages: createOutboxMessageGateway(database.protector),
    now,
    actor: { kind: "SYSTEM", job },
    scope: null,
    clientAddress: null,
    production: false,
  };
}

import { chinaToday, validateCreditCode } from "@yibao/domain";
import type { ServiceContext, StaffActor, TransactionClient } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { dbDate, isoDate } from "./calendar-dates";
import { type EmployerView, employerView } from "./employer-view";

export interface RegisterEmployerInput {
  creditCode: string;
  name: string;
  address: string;
  /** The day registration takes effect; today when omitted. */
  registeredOn?: string | undefined;
  /** A retry with the same key answers the first registration instead of refusing it. */
  idempotencyKey?: string | undefined;
}

interface LockedEmployer {
  id: string;
  registered_on: Date | null;
  cancelled_on: Date | null;
}

/** Inserts the employer if the county does not know it yet, then locks its row. */
async function lockEmployer(
  tx: TransactionClient,
  input: { creditCode: string; name: string; address: string },
): Promise<LockedEmployer> {
  await tx.$executeRaw`
    INSERT INTO employer (credit_code, name, address)
    VALUES (${input.creditCode}, ${input.name}, ${input.address})
    ON CONFLICT (credit_code) DO NOTHING`;
  const [row] = await tx.$queryRaw<LockedEmployer[]>`
    SELECT id, registered_on, cancelled_on FROM employer
     WHERE credit_code = ${input.creditCode} FOR UPDATE`;
  if (!row) throw new Error("the employer row was not written");
  return row;
}

async function register(
  ctx: ServiceContext<StaffActor>,
  input: RegisterEmployerInput & { creditCode: string },
  exceptionReason: string | null,
): Promise<EmployerView> {
  const registeredOn = input.registeredOn ?? chinaToday(ctx.now);
  return ctx.prisma.$transaction(async (tx) => {
    const locked = await lockEmployer(tx, input);
    if (locked.registered_on && !locked.cancelled_on) {
      const replay = input.idempotencyKey
        ? await tx.payerRegistrationEvent.findFirst({
            where: {
              employerId: locked.id,
              kind: "REGISTERED",
              detail: { path: ["idempotencyKey"], equals: input.idempotencyKey },
            },
            select: { id: true },
          })
        : null;
      if (!replay) throw new DomainError("PAYER_ALREADY_REGISTERED", { payerId: locked.id });
      return employerView(await tx.employer.findUniqueOrThrow({ where: { id: locked.id } }));
    }
    if (locked.cancelled_on && registeredOn < isoDate(locked.cancelled_on)) {
      // Registered again after a cancellation: from a day after it, never overlapping it.
      throw new DomainError("VALIDATION_FAILED", {
        issues: [{ path: ["registeredOn"], code: "BEFORE_CANCELLATION" }],
      });
    }
    const employer = await tx.employer.update({
      where: { id: locked.id },
      data: {
        name: input.name,
        address: input.address,
        registeredOn: dbDate(registeredOn),
        cancelledOn: null,
        checkExceptionReason: exceptionReason,
      },
    });
    await tx.payerRegistrationEvent.create({
      data: {
        employerId: employer.id,
        kind: "REGISTERED",
        effectiveOn: dbDate(registeredOn),
        recordedAt: ctx.now,
        recordedBy: ctx.actor.staffUserId,
        detail: {
          name: input.name,
          address: input.address,
          checkException: exceptionReason !== null,
          ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
        },
      },
    });
    await recordActorEvent(tx, ctx, {
      action: exceptionReason ? "payer.registered-by-exception" : "payer.registered",
      subjectPersonId: null,
      reason: exceptionReason,
      detail: { employerId: employer.id, creditCode: employer.creditCode, registeredOn },
    });
    return employerView(employer);
  });
}

/**
 * 缴费登记 of an employer by the tax authority (DOMAIN.md, "Legal basis"): the code must pass the
 * GB 32100-2015 check (the input schema checked it); name and address as registered; effective
 * today unless a day is given. An employer the county already knows (its agents signed up) is
 * registered in place; one registered and not cancelled is refused, except a retry with the same
 * idempotency key, which answers the first registration. Recorded as a REGISTERED event.
 */
export function registerEmployer(
  ctx: ServiceContext<StaffActor>,
  input: RegisterEmployerInput,
): Promise<EmployerView> {
  return register(ctx, input, null);
}

/**
 * A genuine early code from a pilot region that fails the check (DOMAIN.md, "Identifiers"),
 * registered by county-centre staff with the recorded reason — the check itself is never
 * relaxed: the code must be well formed and fail on its check character alone, and a code that
 * passes is refused here (it needs no exception).
 */
export function registerEmployerByException(
  ctx: ServiceContext<StaffActor>,
  input: RegisterEmployerInput & { reason: string },
): Promise<EmployerView> {
  const checked = validateCreditCode(input.creditCode);
  if (checked.ok) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["creditCode"], code: "CHECK_PASSES" }],
    });
  }
  if (checked.reason !== "CHECK_CHARACTER_MISMATCH") {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["creditCode"], code: checked.reason }],
    });
  }
  const creditCode = input.creditCode.trim().replace(/[a-z]/g, (letter) => letter.toUpperCase());
  return register(ctx, { ...input, creditCode }, input.reason);
}

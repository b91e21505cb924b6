import { createHash, randomUUID } from "node:crypto";
import { loadCoveredCalendar } from "@yibao/db";
import {
  type ApplicationAction,
  applyAction,
  type CountyParameters,
  clockStartOf,
  dueDateOf,
  monthOf,
  type Sex,
} from "@yibao/domain";
import type { EmployerActor, ServiceContext, TransactionClient } from "../../context";
import { notifyPeople } from "../applications/notify-person";
import { drawReceiptNumbers } from "../applications/receipt-number";
import { insertJsonRows } from "../bulk/insert-json-rows";
import type { BatchPhoto } from "./read-batch-photos";

/** A valid row of the batch, ready to become an application. */
export interface SubmittedRow {
  rowId: string;
  name: string;
  residentId: string;
  birthDate: string;
  sex: Sex;
  phone: string;
  /** The county's person, or null for one the batch enrols (增员). */
  personId: string | null;
}

/**
 * Writes a batch's applications inside the submit's transaction, one statement per table however
 * many rows (a batch may hold 10,000; `insertJsonRows` says why not `createMany`): the people the county did not know, with their employment
 * by this employer from this month (增员); one FIRST_ISSUE application each on channel EMPLOYER at
 * the county centre, from its batch row, with the terms in force today; its SUBMIT, checked by the
 * workflow (`applyAction`) as any submission is, the due date from `dueDateOf`; the photo the zip
 * had for it (none: the centre asks for it later, in its one-time notice); and each person told,
 * in the inbox and by text message, as every change of status is. The audit trail gets one entry
 * for the whole batch (the submit's), which names the batch, whose rows name every application:
 * an entry per application would chain 10,000 hashes one after the other in the transaction.
 */
export async function writeBatchApplications(
  tx: TransactionClient,
  ctx: ServiceContext<EmployerActor>,
  input: {
    batchId: string;
    rows: readonly SubmittedRow[];
    photos: ReadonlyMap<string, BatchPhoto>;
    today: string;
    terms: CountyParameters;
    countyCentreId: string;
  },
): Promise<void> {
  const { rows, today, terms } = input;
  const at = ctx.now.toISOString();
  const references = await drawReceiptNumbers(tx, today, rows.length);
  const calendar = await loadCoveredCalendar(tx);

  const enrolled = rows
    .filter((row) => row.personId === null)
    .map((row) => ({ ...row, personId: randomUUID() }));
  const personOf = new Map(enrolled.map((row) => [row.rowId, row.personId]));
  await insertJsonRows(
    tx,
    "person",
    {
      id: "uuid",
      resident_id_index: "char(64)",
      resident_id_sealed: "text",
      name: "text",
      sex: "sex",
      birth_date: "date",
      phone_sealed: "text",
    },
    enrolled.map((row) => ({
      id: row.personId,
      resident_id_index: ctx.protector.residentIdIndex(row.residentId),
      resident_id_sealed: ctx.protector.seal(row.residentId, "person.resident-id"),
      name: row.name,
      sex: row.sex,
      birth_date: row.birthDate,
      phone_sealed: ctx.protector.seal(row.phone, "person.phone"),
    })),
  );
  await insertJsonRows(
    tx,
    "employment",
    {
      id: "uuid",
      person_id: "uuid",
      employer_id: "uuid",
      from_month: "char(7)",
      recorded_at: "timestamptz",
      recorded_by: "text",
    },
    enrolled.map((row) => ({
      id: randomUUID(),
      person_id: row.personId,
      employer_id: ctx.actor.employerId,
      from_month: monthOf(today),
      recorded_at: at,
      recorded_by: ctx.actor.employerAgentId,
    })),
  );

  const applications = rows.map((row, index) => {
    const reference = references[index] ?? "";
    const submit: ApplicationAction = {
      type: "SUBMIT",
      at,
      by: "EMPLOYER",
      receiptNumber: reference,
    };
    const submitted = applyAction(
      { channel: "EMPLOYER", applicant: { kind: "SELF" }, actions: [] },
      submit,
    );
    if (!submitted.ok) throw new Error("the workflow refused an employer's SUBMIT");
    return {
      id: randomUUID(),
      personId: row.personId ?? personOf.get(row.rowId) ?? "",
      row,
      reference,
      submit,
      status: submitted.status,
      phoneSealed: ctx.protector.seal(row.phone, "application.phone"),
      due: dueDateOf(submitted.application, calendar, {
        promiseWorkingDays: terms.SERVICE_POINT_PROMISE_WORKING_DAYS,
      }),
      clockStartedOn: clockStartOf(submitted.application),
    };
  });
  await insertJsonRows(
    tx,
    "card_application",
    {
      id: "uuid",
      person_id: "uuid",
      reference: "text",
      kind: "application_kind",
      channel: "application_channel",
      applicant_kind: "applicant_kind",
      service_point_id: "uuid",
      phone_sealed: "text",
      status: "application_status",
      version: "int",
      submitted_at: "timestamptz",
      clock_started_on: "date",
      due_date: "date",
      due_date_provisional: "boolean",
      promise_working_days: "int",
      pickup_days: "int",
      recall_days: "int",
      employer_id: "uuid",
      batch_row_id: "uuid",
    },
    applications.map((application) => ({
      id: application.id,
      person_id: application.personId,
      reference: application.reference,
      kind: "FIRST_ISSUE",
      channel: "EMPLOYER",
      applicant_kind: "SELF",
      service_point_id: input.countyCentreId,
      phone_sealed: application.phoneSealed,
      status: application.status,
      // One action recorded, as `writeApplicationAction` counts them.
      version: 2,
      submitted_at: at,
      clock_started_on: application.clockStartedOn,
      due_date: application.due.dueDate,
      due_date_provisional: application.due.provisional,
      promise_working_days: terms.SERVICE_POINT_PROMISE_WORKING_DAYS,
      pickup_days: terms.PICKUP_PERIOD_DAYS,
      recall_days: terms.RECALL_PERIOD_DAYS,
      employer_id: ctx.actor.employerId,
      batch_row_id: application.row.rowId,
    })),
  );
  await insertJsonRows(
    tx,
    "card_application_action",
    {
      id: "uuid",
      application_id: "uuid",
      person_id: "uuid",
      seq: "int",
      action: "text",
      at: "timestamptz",
      actor_kind: "actor_kind",
      actor_id: "text",
      detail: "jsonb",
    },
    applications.map(({ submit, ...application }) => {
      const { type, at: when, ...facts } = submit;
      return {
        id: randomUUID(),
        application_id: application.id,
        person_id: application.personId,
        seq: 1,
        action: type,
        at: when,
        actor_kind: "EMPLOYER",
        actor_id: ctx.actor.employerAgentId,
        detail: facts,
      };
    }),
  );
  await insertJsonRows(
    tx,
    "card_photo",
    {
      id: "uuid",
      person_id: "uuid",
      application_id: "uuid",
      sha256: "char(64)",
      bytes: "bytea",
      width: "int",
      height: "int",
      created_at: "timestamptz",
    },
    applications.flatMap((application) => {
      const photo = input.photos.get(application.row.residentId);
      if (!photo?.ok) return [];
      return [
        {
          id: randomUUID(),
          person_id: application.personId,
          application_id: application.id,
          sha256: createHash("sha256").update(photo.bytes).digest("hex"),
          bytes: Buffer.from(photo.bytes).toString("base64"),
          width: photo.width,
          height: photo.height,
          created_at: at,
        },
      ];
    }),
  );
  await tx.$executeRaw`
    UPDATE employer_batch_row AS r SET person_id = a.person_id
      FROM card_application AS a
     WHERE a.batch_row_id = r.id AND r.batch_id = ${input.batchId}::uuid`;
  await notifyPeople(
    tx,
    ctx,
    applications.map((application) => ({
      application: {
        id: application.id,
        personId: application.personId,
        reference: application.reference,
        phoneSealed: application.phoneSealed,
        servicePointId: input.countyCentreId,
        recallDays: terms.RECALL_PERIOD_DAYS,
      },
      kind: application.status,
      pickupBy: null,
      dedupeKey: `application:${application.id}:1`,
    })),
  );
}

import { createHash, randomUUID } from "node:crypto";
import { type ApplicationAction, chinaToday, dueDateOf } from "@yibao/domain";
import { loadCoveredCalendar } from "../calendar/load-covered-calendar";
import type { Database } from "../database";
import { parametersInForceOn } from "../parameters/parameters-in-force-on";
import { demoPhotoJpeg } from "../seed/demo-photo";

// Test support: an employer's batch as the agent's submit leaves it (单位批量申领), written
// straight into the tables, for the county centre's side to be tested on its own.

export interface SubmittedBatchEmployee {
  name: string;
  residentId: string;
  sex: "M" | "F";
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  phone: string;
  /** Whether the batch came with the employee's photo. */
  photo?: boolean;
}

export interface SubmittedEmployerBatchOptions {
  /** When the agent submitted it. */
  submittedAt: Date;
  employerCreditCode: string;
  agent: {
    name: string;
    residentId: string;
    /** 'YYYY-MM-DD', China dates, inclusive. */
    authorisedFrom: string;
    authorisedUntil: string;
    /** The county centre clerk who authorised the agent. */
    authorisedByUsername?: string;
  };
  employees: readonly SubmittedBatchEmployee[];
  /** The letter of introduction's bytes; a one-page PDF by default. */
  letter?: Uint8Array;
  letterFileName?: string;
}

export interface SubmittedEmployerBatch {
  batchId: string;
  employerId: string;
  agentId: string;
  /** In the rows' order. */
  applicationIds: string[];
}

/** A one-page PDF that says what it is, for a viewer to show. */
export function letterOfIntroductionPdf(text = "Letter of introduction"): Uint8Array {
  const content = `BT /F1 24 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const dateOf = (date: string) => new Date(`${date}T00:00:00Z`);
const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Writes a submitted batch of the employer's: its agent (kept if already there), the sheet and the
 * letter as uploads, the batch and its rows, each employee (enrolled if the county does not know
 * them) and one SUBMITTED card application of channel EMPLOYER per row, at the county centre,
 * with its SUBMIT action by the employer — in one transaction.
 */
export async function createSubmittedEmployerBatch(
  database: Pick<Database, "prisma" | "protector">,
  options: SubmittedEmployerBatchOptions,
): Promise<SubmittedEmployerBatch> {
  const { prisma, protector } = database;
  const at = options.submittedAt;
  const today = chinaToday(at);
  const calendar = await loadCoveredCalendar(prisma);
  const terms = await parametersInForceOn(prisma, today);
  const employer = await prisma.employer.findUniqueOrThrow({
    where: { creditCode: options.employerCreditCode },
  });
  const centre = await prisma.servicePoint.findFirstOrThrow({
    where: { kind: "COUNTY_CENTRE" },
    orderBy: { code: "asc" },
  });
  const grantor = options.agent.authorisedByUsername
    ? await prisma.staffUser.findUniqueOrThrow({
        where: { username: options.agent.authorisedByUsername },
      })
    : null;
  const photo = demoPhotoJpeg();
  const letter = options.letter ?? letterOfIntroductionPdf();
  const sheet = new TextEncoder().encode(
    [
      "姓名,身份证号码,手机号码",
      ...options.employees.map((e) => `${e.name},${e.residentId},${e.phone}`),
    ].join("\r\n"),
  );

  return prisma.$transaction(async (tx) => {
    const agentIndex = protector.residentIdIndex(options.agent.residentId);
    const agent = await tx.employerAgent.upsert({
      where: {
        employerId_residentIdIndex: { employerId: employer.id, residentIdIndex: agentIndex },
      },
      update: {},
      create: {
        employerId: employer.id,
        residentIdIndex: agentIndex,
        residentIdSealed: protector.seal(options.agent.residentId, "agent.resident-id"),
        name: options.agent.name,
        // No password opens it: the centre's side needs the agent, not its sign-in.
        passwordHash: "!test-fixture",
        passwordChangedAt: at,
        authorisedFrom: dateOf(options.agent.authorisedFrom),
        authorisedUntil: dateOf(options.agent.authorisedUntil),
        authorisedBy: grantor?.id ?? null,
      },
    });
    const upload = (bytes: Uint8Array, fileName: string) =>
      tx.upload.create({
        data: {
          sha256: sha256Of(bytes),
          byteCount: bytes.byteLength,
          bytes: protector.sealBytes(bytes, "upload.bytes"),
          fileName,
          uploadedAt: at,
          uploadedByKind: "EMPLOYER",
          uploadedById: agent.id,
          employerId: employer.id,
        },
      });
    const sheetUpload = await upload(sheet, "员工名单.csv");
    const letterUpload = await upload(letter, options.letterFileName ?? "单位介绍信.pdf");
    if (agent.letterUploadId === null) {
      await tx.employerAgent.update({
        where: { id: agent.id },
        data: { letterUploadId: letterUpload.id },
      });
    }
    const batch = await tx.employerBatch.create({
      data: {
        employerId: employer.id,
        agentId: agent.id,
        uploadId: sheetUpload.id,
        letterUploadId: letterUpload.id,
        sha256: sheetUpload.sha256,
        status: "SUBMITTED",
        progressDone: options.employees.length,
        progressTotal: options.employees.length,
        rowCount: options.employees.length,
        validCount: options.employees.length,
        submittedAt: at,
        submitIdempotencyKey: randomUUID(),
        submittedValidOnly: false,
        createdAt: new Date(at.getTime() - 60_000),
      },
    });
    const applicationIds: string[] = [];
    for (const [index, employee] of options.employees.entries()) {
      const residentIdIndex = protector.residentIdIndex(employee.residentId);
      const person =
        (await tx.person.findUnique({ where: { residentIdIndex } })) ??
        (await tx.person.create({
          data: {
            residentIdIndex,
            residentIdSealed: protector.seal(employee.residentId, "person.resident-id"),
            name: employee.name,
            sex: employee.sex,
            phoneSealed: protector.seal(employee.phone, "person.phone"),
            birthDate: dateOf(employee.birthDate),
          },
        }));
      const row = await tx.employerBatchRow.create({
        data: {
          batchId: batch.id,
          // The header is row 1.
          rowNumber: index + 2,
          name: employee.name,
          residentIdIndex,
          residentIdSealed: protector.seal(employee.residentId, "batch-row.resident-id"),
          phoneSealed: protector.seal(employee.phone, "batch-row.phone"),
          hasPhoto: employee.photo ?? true,
          errors: [],
          personId: person.id,
        },
      });
      const sequence = await tx.$queryRaw<{ n: bigint }[]>`
        SELECT nextval('card_application_reference_seq') AS n`;
      const reference = `YX${today.replaceAll("-", "")}${String(sequence[0]?.n ?? 0n).padStart(5, "0")}`;
      const submit: ApplicationAction = {
        type: "SUBMIT",
        receiptNumber: reference,
        at: at.toISOString(),
        by: "EMPLOYER",
      };
      const due = dueDateOf({ channel: "EMPLOYER", actions: [submit] }, calendar, {
        promiseWorkingDays: terms.SERVICE_POINT_PROMISE_WORKING_DAYS,
      });
      const application = await tx.cardApplication.create({
        data: {
          personId: person.id,
          reference,
          kind: "FIRST_ISSUE",
          channel: "EMPLOYER",
          applicantKind: "SELF",
          servicePointId: centre.id,
          phoneSealed: protector.seal(employee.phone, "application.phone"),
          status: "SUBMITTED",
          version: 2,
          submittedAt: at,
          clockStartedOn: dateOf(today),
          dueDate: dateOf(due.dueDate),
          dueDateProvisional: due.provisional,
          promiseWorkingDays: terms.SERVICE_POINT_PROMISE_WORKING_DAYS,
          pickupDays: terms.PICKUP_PERIOD_DAYS,
          recallDays: terms.RECALL_PERIOD_DAYS,
          employerId: employer.id,
          batchRowId: row.id,
        },
      });
      const { type, at: _at, ...detail } = submit;
      await tx.cardApplicationAction.create({
        data: {
          applicationId: application.id,
          personId: person.id,
          seq: 1,
          action: type,
          at,
          actorKind: "EMPLOYER",
          actorId: agent.id,
          detail,
        },
      });
      if (employee.photo ?? true) {
        await tx.cardPhoto.create({
          data: {
            personId: person.id,
            applicationId: application.id,
            sha256: sha256Of(photo),
            bytes: new Uint8Array(photo),
            width: 358,
            height: 441,
            createdAt: at,
          },
        });
      }
      applicationIds.push(application.id);
    }
    return { batchId: batch.id, employerId: employer.id, agentId: agent.id, applicationIds };
  });
}

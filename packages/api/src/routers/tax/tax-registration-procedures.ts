import {
  creditCodeSchema,
  individualSchemeSchema,
  isoDateSchema,
  monthSchema,
  residentIdSchema,
} from "@yibao/domain";
import { z } from "zod";
import { cancelEmployer } from "../../services/tax/cancel-employer";
import { cancelIndividual } from "../../services/tax/cancel-individual";
import { changeEmployer } from "../../services/tax/change-employer";
import { endEmployment } from "../../services/tax/end-employment";
import { listEmployers } from "../../services/tax/list-employers";
import { listIndividualPayers } from "../../services/tax/list-individual-payers";
import { readPayerHistory } from "../../services/tax/read-payer-history";
import { recordEmployment } from "../../services/tax/record-employment";
import {
  registerEmployer,
  registerEmployerByException,
} from "../../services/tax/register-employer";
import { registerIndividual } from "../../services/tax/register-individual";
import { staffProcedure } from "../../trpc";
import {
  employerViewSchema,
  employmentViewSchema,
  idempotencyKeySchema,
  individualPayerViewSchema,
  payerAddressSchema,
  payerHistorySchema,
  payerNameSchema,
  registrationStatusSchema,
} from "./tax-schemas";

const employerRequest = {
  name: payerNameSchema,
  address: payerAddressSchema,
  registeredOn: isoDateSchema.optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
};

/** 缴费登记: employers, the employees they pay for, individuals; lists and a payer's history. */
export const taxRegistrationProcedures = {
  registerEmployer: staffProcedure("payer:register")
    .input(z.object({ creditCode: creditCodeSchema, ...employerRequest }))
    .output(employerViewSchema)
    .mutation(({ ctx, input }) => registerEmployer(ctx.service, input)),
  // A genuine early pilot code that fails the check (county centre only, with the reason).
  registerEmployerByException: staffProcedure("payer:register-check-exception")
    .input(
      z.object({
        creditCode: z.string().max(64),
        ...employerRequest,
        reason: z.string().trim().min(1).max(200),
      }),
    )
    .output(employerViewSchema)
    .mutation(({ ctx, input }) => registerEmployerByException(ctx.service, input)),
  changeEmployer: staffProcedure("payer:register")
    .input(
      z.object({
        employerId: z.uuid(),
        name: payerNameSchema.optional(),
        address: payerAddressSchema.optional(),
        effectiveOn: isoDateSchema.optional(),
        idempotencyKey: idempotencyKeySchema.optional(),
      }),
    )
    .output(employerViewSchema)
    .mutation(({ ctx, input }) => changeEmployer(ctx.service, input)),
  cancelEmployer: staffProcedure("payer:register")
    .input(z.object({ employerId: z.uuid(), effectiveOn: isoDateSchema.optional() }))
    .output(employerViewSchema)
    .mutation(({ ctx, input }) => cancelEmployer(ctx.service, input)),
  addEmployee: staffProcedure("payer:register")
    .input(z.object({ employerId: z.uuid(), residentId: residentIdSchema, fromMonth: monthSchema }))
    .output(employmentViewSchema)
    .mutation(({ ctx, input }) => recordEmployment(ctx.service, input)),
  endEmployment: staffProcedure("payer:register")
    .input(z.object({ employmentId: z.uuid(), toMonth: monthSchema }))
    .output(employmentViewSchema)
    .mutation(({ ctx, input }) => endEmployment(ctx.service, input)),
  registerIndividual: staffProcedure("payer:register")
    .input(
      z.object({
        residentId: residentIdSchema,
        scheme: individualSchemeSchema,
        registeredOn: isoDateSchema.optional(),
        idempotencyKey: idempotencyKeySchema.optional(),
      }),
    )
    .output(individualPayerViewSchema)
    .mutation(({ ctx, input }) => registerIndividual(ctx.service, input)),
  cancelIndividual: staffProcedure("payer:register")
    .input(z.object({ individualPayerId: z.uuid(), effectiveOn: isoDateSchema.optional() }))
    .output(individualPayerViewSchema)
    .mutation(({ ctx, input }) => cancelIndividual(ctx.service, input)),
  employers: staffProcedure("payer:read")
    .input(
      z
        .object({
          status: z.union([registrationStatusSchema, z.literal("ALL")]).default("ALL"),
          search: z.string().trim().max(64).optional(),
        })
        .default({ status: "ALL" }),
    )
    .output(
      z.object({
        items: z.array(
          employerViewSchema.extend({
            employees: z.number().int(),
            lastPaidMonth: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => listEmployers(ctx.service, input)),
  individuals: staffProcedure("payer:read")
    .input(
      z
        .object({ status: z.enum(["REGISTERED", "CANCELLED", "ALL"]).default("ALL") })
        .default({ status: "ALL" }),
    )
    .output(
      z.object({
        items: z.array(
          individualPayerViewSchema.extend({
            lastPaidMonth: z.string().nullable(),
            lastCoverYear: z.number().int().nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => listIndividualPayers(ctx.service, input)),
  payer: staffProcedure("payer:read")
    .input(z.union([z.object({ employerId: z.uuid() }), z.object({ personId: z.uuid() })]))
    .output(payerHistorySchema)
    .query(({ ctx, input }) => readPayerHistory(ctx.service, input)),
};

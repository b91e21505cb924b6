import { monthSchema } from "@yibao/domain";
import { z } from "zod";
import { checkCollection } from "../../services/tax/check-collection";
import { creditCollection } from "../../services/tax/credit-collection";
import { getCollection } from "../../services/tax/get-collection";
import { listCollections } from "../../services/tax/list-collections";
import { readArrears } from "../../services/tax/read-arrears";
import { staffProcedure } from "../../trpc";
import { arrearsSchema, collectionViewSchema, idempotencyKeySchema } from "./tax-schemas";

/** Premium collection files (sent to POST /uploads first), checked then credited; arrears. */
export const taxCollectionProcedures = {
  checkCollection: staffProcedure("collection:check")
    .input(z.object({ uploadId: z.uuid() }))
    .output(collectionViewSchema)
    .mutation(({ ctx, input }) => checkCollection(ctx.service, input)),
  creditCollection: staffProcedure("collection:credit")
    .input(z.object({ collectionId: z.uuid(), idempotencyKey: idempotencyKeySchema }))
    .output(z.object({ credited: z.number().int(), totalCreditedFen: z.number().int() }))
    .mutation(({ ctx, input }) => creditCollection(ctx.service, input)),
  collections: staffProcedure("collection:check")
    .input(z.object({ limit: z.number().int().min(1).max(200).optional() }).default({}))
    .output(z.object({ items: z.array(collectionViewSchema) }))
    .query(({ ctx, input }) => listCollections(ctx.service, input)),
  collection: staffProcedure("collection:check")
    .input(z.object({ collectionId: z.uuid() }))
    .output(collectionViewSchema)
    .query(({ ctx, input }) => getCollection(ctx.service, input)),
  arrears: staffProcedure("arrears:read")
    .input(z.object({ month: monthSchema }))
    .output(arrearsSchema)
    .query(({ ctx, input }) => readArrears(ctx.service, input)),
};

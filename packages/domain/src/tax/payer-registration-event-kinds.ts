import { z } from "zod";

/** What happened to a payer's registration (缴费登记), each recorded with the day it took effect. */
export const payerRegistrationEventKinds = ["REGISTERED", "CHANGED", "CANCELLED"] as const;
export const payerRegistrationEventKindSchema = z.enum(payerRegistrationEventKinds);
export type PayerRegistrationEventKind = (typeof payerRegistrationEventKinds)[number];

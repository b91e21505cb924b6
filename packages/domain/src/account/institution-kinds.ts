import { z } from "zod";

/** 定点医药机构: the designated pharmacies and hospitals (clinics count as hospitals) of the county. */
export const institutionKinds = ["PHARMACY", "HOSPITAL"] as const;
export const institutionKindSchema = z.enum(institutionKinds);
export type InstitutionKind = (typeof institutionKinds)[number];

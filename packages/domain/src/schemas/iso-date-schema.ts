import { z } from "zod";
import { isIsoDate } from "../calendar/iso-date";

/** A real calendar date written 'YYYY-MM-DD'. */
export const isoDateSchema = z.string().refine(isIsoDate, "ISO_DATE_FORMAT");

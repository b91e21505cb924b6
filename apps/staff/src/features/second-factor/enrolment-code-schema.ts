import { z } from "zod";

/** The 6 digits an authenticator app shows; spaces between them (`123 456`) are dropped. */
export const enrolmentCodeSchema = z
  .string()
  .transform((code) => code.replace(/\s+/g, ""))
  .refine((code) => code !== "", { message: "EMPTY" })
  .refine((code) => code === "" || /^\d{6}$/.test(code), { message: "CODE_FORMAT" });

import { z } from "zod";

/** A staff member's name as the header and the audit trail show it. */
export const displayNameSchema = z.string().trim().min(1).max(50);

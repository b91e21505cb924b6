import { newPasswordSchema } from "@yibao/domain";
import type { z } from "zod";

/**
 * The domain's new-password schema as a form field: it is a `z.string()` underneath, but its
 * declared type (`ZodType<string>`) leaves the input `unknown`, which a form's typed values refuse.
 */
export const newPasswordInputSchema = newPasswordSchema as z.ZodType<string, string>;

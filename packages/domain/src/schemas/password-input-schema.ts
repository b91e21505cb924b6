import { z } from "zod";

/**
 * A password as typed at login: not trimmed (spaces may be part of it), and no strength rule — that
 * belongs where a password is set, and at login it would only tell an attacker what to skip.
 */
export const passwordInputSchema = z.string().min(1).max(128);

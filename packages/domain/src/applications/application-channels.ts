import { z } from "zod";

/**
 * Where an application comes in (DOMAIN.md, "Getting a card — four channels"): at the county
 * centre (issued on the spot), at a street/town service point (3 working days), online by the
 * insured (who chooses the service point to collect at; due like a service point), or in an
 * employer's batch (processed by the county centre).
 */
export const applicationChannels = [
  "COUNTY_CENTRE",
  "SERVICE_POINT",
  "ONLINE",
  "EMPLOYER",
] as const;
export const applicationChannelSchema = z.enum(applicationChannels);
export type ApplicationChannel = (typeof applicationChannels)[number];

import { z } from "zod";
import type { ApplicationChannel } from "../applications/application-channels";

/**
 * Where the service was given, as the rating asks about it (好差评): at a counter — the county
 * centre, a service point, an employer's batch at the centre — or online.
 */
export const ratingChannels = ["COUNTER", "ONLINE"] as const;
export const ratingChannelSchema = z.enum(ratingChannels);
export type RatingChannel = (typeof ratingChannels)[number];

/** The scores a rating gives besides `overall`. */
export const ratingAspects = ["speed", "attitude", "ease"] as const;
export type RatingAspect = (typeof ratingAspects)[number];

/**
 * What each channel asks: at a counter the person met staff, so speed and attitude; online they
 * met the website, so how easy it was.
 */
export const ratingAspectsOf: Readonly<Record<RatingChannel, readonly RatingAspect[]>> = {
  COUNTER: ["speed", "attitude"],
  ONLINE: ["ease"],
};

/** The channel an application is rated on: an online application online, every other at the counter. */
export function ratingChannelOf(channel: ApplicationChannel): RatingChannel {
  return channel === "ONLINE" ? "ONLINE" : "COUNTER";
}

/** 差评: the overall scores that count as a bad rating (1 非常不满意, 2 不满意). */
export const badOverallScores: readonly number[] = [1, 2];

/**
 * Whether a rating opens a follow-up for the county centre (DOMAIN.md, "Service ratings": a bad
 * rating opens a follow-up with a deadline and a call-back). Only the overall score decides: a
 * person unhappy with the whole case is called, one who found a single aspect slow is not.
 */
export function opensFollowUp(rating: { overall: number }): boolean {
  return badOverallScores.includes(rating.overall);
}

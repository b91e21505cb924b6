/**
 * Whether an employer's handling agent may act for it on `day` ('YYYY-MM-DD', China): active, and
 * within the period the county centre authorised on the strength of the letter of introduction
 * (both ends inclusive, as China dates).
 */
export function agentAuthorisedOn(
  agent: { active: boolean; authorisedFrom: Date; authorisedUntil: Date },
  day: string,
): boolean {
  const from = agent.authorisedFrom.toISOString().slice(0, 10);
  const until = agent.authorisedUntil.toISOString().slice(0, 10);
  return agent.active && from <= day && day <= until;
}

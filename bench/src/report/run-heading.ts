import type pg from "pg";

/**
 * The opening lines of a benchmark's Markdown: its title and moment, the PostgreSQL it ran on,
 * and how long each phase of the generated data took.
 */
export async function runHeading(
  client: pg.Client,
  title: string,
  now: Date,
  generation: { phases: { name: string; ms: number }[]; totalMs: number },
): Promise<string[]> {
  const version = (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v;
  return [
    `## ${title} — ${now.toISOString()}`,
    "",
    `PostgreSQL: ${version}`,
    "",
    "### Generation",
    "",
    ...generation.phases.map((p) => `- ${p.name}: ${(p.ms / 1000).toFixed(1)} s`),
    `- total: ${(generation.totalMs / 1000).toFixed(1)} s`,
  ];
}

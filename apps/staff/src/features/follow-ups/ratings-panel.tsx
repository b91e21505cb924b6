/** The ratings (好差评) of a period on the dashboard: figures, follow-ups and the export. */
export function RatingsPanel(_props: { from: string; to: string; servicePointCode?: string }) {
  return null;
}

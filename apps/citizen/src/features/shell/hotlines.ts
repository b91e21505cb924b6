/** The numbers shown in every footer (DOMAIN.md, "Hotlines"): 12333 and the county centre's own. */
export const hotlines = [
  { id: "national", number: "12333" },
  { id: "countyCentre", number: "0871-67120333" },
] as const;

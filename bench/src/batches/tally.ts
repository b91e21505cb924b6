/** Calls of one kind and the time they took, summed. */
export interface Tally {
  label: string;
  count: number;
  ms: number;
}

/** Tallies by label, added to call by call and taken out largest first. */
export function createTallies() {
  let tallies = new Map<string, Tally>();
  return {
    add(label: string, ms: number) {
      const tally = tallies.get(label) ?? { label, count: 0, ms: 0 };
      tally.count += 1;
      tally.ms += ms;
      tallies.set(label, tally);
    },
    take(): Tally[] {
      const taken = [...tallies.values()].sort((a, b) => b.ms - a.ms);
      tallies = new Map();
      return taken;
    },
  };
}

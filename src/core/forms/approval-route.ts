/**
 * The approval levels a requested amount needs, in order: every level up to
 * the first whose maximum covers the amount (domain brief §6). A request of
 * nothing still needs the first level's signature.
 */
export function approvalRoute<L extends { name: string; max: number | null }>(levels: readonly L[], amount: number): L[] {
  const beyond = levels.slice(0, -1).filter((l) => l.max !== null && l.max < amount).length;
  return levels.slice(0, beyond + 1);
}

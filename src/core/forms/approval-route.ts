/**
 * The one approval-level rule (domain brief §6): the index of the level an
 * amount needs, the first whose maximum covers it; the last level, without a
 * maximum, covers any amount. The credit step's level (ScorecardRules.level)
 * and the authorization form's route both use it; the level formula of the
 * sheet counts the same way (COUNTIF of the maxima below the limit).
 */
export function approvalLevelIndex(levels: readonly { max: number | null }[], amount: number): number {
  let below = 0;
  for (let i = 0; i < levels.length - 1; i++) {
    const max = levels[i]!.max;
    if (max !== null && max < amount) below++;
  }
  return below;
}

/**
 * The approval levels a requested amount needs, in order: every level up to
 * the one approvalLevelIndex names. A request of nothing still needs the
 * first level's signature.
 */
export function approvalRoute<L extends { name: string; max: number | null }>(levels: readonly L[], amount: number): L[] {
  return levels.slice(0, approvalLevelIndex(levels, amount) + 1);
}

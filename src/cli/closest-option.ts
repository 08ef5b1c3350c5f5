/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The option a mistyped name most likely meant, or undefined when none is
 * close: the only option the name begins (at least 3 letters, `--over`), or
 * the nearest by edit distance when that is at most 2 and less than half the
 * name (so `--frm` is `--from`, but `--x` is nothing). Case is ignored, as a
 * typo in case is still a typo; ties go to the first option in `names`.
 */
export function closestOption(typed: string, names: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const prefixed = names.filter((n) => n.startsWith(word));
  if (word.length >= 3 && prefixed.length === 1) return prefixed[0];
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= 2 && best.distance < word.length / 2 ? best.name : undefined;
}

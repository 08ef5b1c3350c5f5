export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** "1 row", "2 rows". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

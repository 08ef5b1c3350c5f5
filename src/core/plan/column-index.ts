import type { ColumnGroup, OwnedColumnSpec } from './owned-columns';

/** Each column's position in its step's list, by id: the list is the one declaration, the index follows from it. */
export function indexById<const S extends readonly OwnedColumnSpec[]>(specs: S): { readonly [K in S[number]['id']]: number } {
  const index: Record<string, number> = {};
  specs.forEach((spec, i) => {
    if (Object.hasOwn(index, spec.id)) throw new Error(`owned column id ${spec.id} is declared twice`);
    index[spec.id] = i;
  });
  return index as { readonly [K in S[number]['id']]: number };
}

/**
 * The first and the number of a group's columns in a step's list. The plans
 * group each such run in Excel's outline as one, so the group's columns must
 * be adjacent; a list where they are not is a programming error.
 */
export function groupSpan(specs: readonly OwnedColumnSpec[], group: ColumnGroup): { first: number; count: number } {
  const first = specs.findIndex((s) => s.group === group);
  const count = specs.filter((s) => s.group === group).length;
  if (first < 0) throw new Error(`no owned column is in group ${group}`);
  if (specs.slice(first, first + count).some((s) => s.group !== group)) throw new Error(`the owned columns of group ${group} are not adjacent`);
  return { first, count };
}

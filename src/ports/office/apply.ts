import type { WriteOp } from '../../core/plan/write-ops';
import type { OfficeLimits } from './limits';
import { queueStep } from './queue-writes';
import { planWriteBatches } from './write-plan';

async function existingNames(context: Excel.RequestContext): Promise<Set<string>> {
  const names = context.workbook.names.load('items/name');
  await context.sync();
  return new Set(names.items.map((n) => n.name.toLowerCase()));
}

/**
 * Carries out a write plan: one sync per batch of planWriteBatches, plus one
 * up front when the plan sets names (to know which already exist).
 */
export async function applyOps(context: Excel.RequestContext, ops: WriteOp[], limits: OfficeLimits): Promise<void> {
  const names = ops.some((op) => op.op === 'name') ? await existingNames(context) : new Set<string>();
  for (const batch of planWriteBatches(ops, limits)) {
    for (const step of batch) queueStep(context, step, names);
    await context.sync();
  }
}

import type { InputColumnsSummary } from '../app/add-input-columns';
import type { Language } from '../core/columns/layout';
import { label, labelWith } from './i18n/labels';

/** What --add-input-columns did, a line per added column, for a person reading a terminal, in the language asked for. */
export function formatInputColumns(s: InputColumnsSummary, language: Language): string[] {
  const sheet = labelWith('cli.quoted', language, { name: s.sheet });
  const where = s.table ? labelWith('cli.inputs.table', language, { sheet, table: s.table }) : sheet;
  if (s.columns.length === 0) return [labelWith('cli.inputs.nothing', language, { where })];
  const lines = s.columns.map((c) => labelWith('cli.inputs.added', language, { letter: c.letter, header: c.header, role: c.role, where }));
  if (s.scorecard) {
    const scorecard = labelWith('cli.quoted', language, { name: s.scorecard.sheet });
    lines.push(labelWith(s.scorecard.created ? 'cli.inputs.scorecardMade' : 'cli.inputs.scorecard', language, { sheet: scorecard }));
  }
  lines.push(label('cli.inputs.yours', language));
  return lines;
}

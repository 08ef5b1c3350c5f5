import type { Language } from '../core/columns/layout';
import { labelWith, type LabelId } from './i18n/labels';

/**
 * Wrong usage (exit 2). The message is worded in `language`: the one --lang
 * names once it has been read, English for a mistake found before.
 */
export class UsageError extends Error {
  constructor(message: string, readonly language: Language = 'en') {
    super(message);
    this.name = 'UsageError';
  }
}

/** A UsageError worded by the dictionary in the language the arguments chose. */
export function usageError(id: LabelId, language: Language, values: Readonly<Record<string, string>> = {}): UsageError {
  return new UsageError(labelWith(id, language, values), language);
}

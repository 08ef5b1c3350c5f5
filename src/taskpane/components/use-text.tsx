import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../core/columns/layout';
import { labelWith, type LabelId } from '../i18n/labels';

const LanguageContext = createContext<Language>('en');

/** Every label below it in this language (the host's: Office's display language, or the browser's). */
export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export interface PaneText {
  language: Language;
  /** A label of the one dictionary, with its `{placeholders}` filled in. */
  t: (id: LabelId, values?: Readonly<Record<string, string | number>>) => string;
}

/** The pane's texts: components show only labels from the dictionary, numbers and the workbook's own names. */
export function useText(): PaneText {
  const language = useContext(LanguageContext);
  return useMemo(() => ({ language, t: (id, values = {}) => labelWith(id, language, values) }), [language]);
}

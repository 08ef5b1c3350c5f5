import { useCallback, useRef, useState } from 'react';

export interface Notice {
  id: number;
  intent: 'error' | 'warning';
  text: string;
}

/** Messages the user dismisses: failed saves, links that could not be followed, choices that could not be read. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(0);
  const report = useCallback((text: string, intent: Notice['intent'] = 'error') => {
    const id = next.current++;
    setNotices((current) => [...current, { id, intent, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  return { notices, report, dismiss };
}

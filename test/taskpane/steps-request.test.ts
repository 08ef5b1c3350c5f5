import { stepsRequest } from '../../src/taskpane/host/steps-request';
import type { PaneRunRequest } from '../../src/taskpane/host/pane-host';
import { CHOICES } from './fixtures';

const now = new Date(2025, 5, 1, 9, 30);

function request(overrides: Partial<PaneRunRequest> = {}): PaneRunRequest {
  return { steps: ['tiers', 'credit'], choices: CHOICES, onProgress: () => undefined, signal: new AbortController().signal, ...overrides };
}

describe('stepsRequest', () => {
  it('turns the percentages into fractions and the period into Excel date serials', () => {
    const r = request();
    const steps = stepsRequest(r, now);
    expect(steps.options).toEqual({ mode: 'sales', thresholds: [0.8, 0.95], period: { from: 45658, to: 46022 } });
    expect(steps.overrides).toBe(CHOICES.overrides);
    expect(steps.signal).toBe(r.signal);
    expect(steps.onProgress).toBe(r.onProgress);
    expect(steps.forms).toBeUndefined();
  });

  it('leaves the period out when no date is given, and passes one bound alone', () => {
    const tier = { mode: 'headcount' as const, thresholds: [20, 50] as [number, number] };
    expect(stepsRequest(request({ choices: { ...CHOICES, tier } }), now).options).toEqual({ mode: 'headcount', thresholds: [0.2, 0.5] });
    expect(stepsRequest(request({ choices: { ...CHOICES, tier: { ...tier, to: '2025-01-31' } } }), now).options.period).toEqual({ to: 45688 });
  });

  it('asks for forms with the selection, the form choices and the time', () => {
    const steps = stepsRequest(request({ steps: ['tiers', 'credit', 'forms'], selection: { kind: 'rows', rows: [3, 4] } }), now);
    expect(steps.forms).toEqual({ selection: { kind: 'rows', rows: [3, 4] }, kinds: ['survey', 'authorization'], batch: true, lang: 'zh-Hant', now });
    expect(() => stepsRequest(request({ steps: ['forms'] }), now)).toThrow('the forms step needs a selection');
  });

  it('refuses limits out of order and dates it cannot read', () => {
    expect(() => stepsRequest(request({ choices: { ...CHOICES, tier: { mode: 'sales', thresholds: [95, 80] } } }), now)).toThrow('The tier limits must satisfy 0 < A < B ≤ 100, not 95 and 80.');
    expect(() => stepsRequest(request({ choices: { ...CHOICES, tier: { mode: 'sales', thresholds: [80, 95], from: '2025-02-30' } } }), now)).toThrow(
      'Enter the period dates as year-month-day, e.g. 2025-03-01, not “2025-02-30”.',
    );
  });
});

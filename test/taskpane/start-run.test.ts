import { CancelledError, type StepsSummary } from '../../src/app/run-steps';
import type { PaneRunRequest } from '../../src/taskpane/host/pane-host';
import type { RunState } from '../../src/taskpane/run/run-state';
import { startRun } from '../../src/taskpane/run/start-run';
import { CHOICES, SUMMARY, fakeHost } from './fixtures';

/** A host run that waits for the test: it reads until the test lets it go on, then writes (cancel is honoured only before writing, as in runSteps). */
function controlledRun() {
  let requested: PaneRunRequest | null = null;
  let writingBegun = false;
  let goOn!: () => void;
  const released = new Promise<void>((resolve) => (goOn = resolve));
  const run = async (request: PaneRunRequest): Promise<StepsSummary> => {
    requested = request;
    request.onProgress({ step: 'finding', stage: 'Finding the customer and sales sheets', fraction: 0 });
    await released;
    if (request.signal.aborted && !writingBegun) throw new CancelledError();
    return SUMMARY;
  };
  return {
    run,
    request: () => requested,
    readThenCheckCancel: () => goOn(),
    beginWriting: () => {
      writingBegun = true;
      goOn();
    },
  };
}

describe('startRun', () => {
  it('asks the host for the steps of the job with the choices, reports progress and ends with the summary', async () => {
    const states: RunState[] = [];
    const control = controlledRun();
    const chosen = { selection: { kind: 'tier', tier: 'A' } as const, noRowsSelected: true };
    const started = startRun(fakeHost(control.run), { purpose: 'forms', choices: CHOICES, chosen }, (s) => states.push(s));
    await Promise.resolve();
    control.beginWriting();
    expect(await started.finished).toEqual({ kind: 'done', purpose: 'forms', summary: SUMMARY, cancelTooLate: false, chosen });
    expect(control.request()).toMatchObject({ steps: ['tiers', 'credit', 'control', 'forms'], choices: CHOICES, selection: { kind: 'tier', tier: 'A' } });
    expect(states.map((s) => s.kind)).toEqual(['running', 'running', 'done']);
    expect(states[1]).toMatchObject({ progress: { stage: 'Finding the customer and sales sheets', fraction: 0 } });
  });

  it("asks for the 'scorecard' step alone to open the scorecard: it tiers and scores nothing", async () => {
    const control = controlledRun();
    const started = startRun(fakeHost(control.run), { purpose: 'scorecard', choices: CHOICES }, () => undefined);
    await Promise.resolve();
    control.beginWriting();
    await started.finished;
    expect(control.request()?.steps).toEqual(['scorecard']);
    expect(control.request()?.selection).toBeUndefined();
  });

  it('says nothing was written when cancelled while reading', async () => {
    const states: RunState[] = [];
    const control = controlledRun();
    const started = startRun(fakeHost(control.run), { purpose: 'tiers', choices: CHOICES }, (s) => states.push(s));
    await Promise.resolve();
    started.cancel();
    expect(states.at(-1)).toMatchObject({ kind: 'running', cancelRequested: true });
    expect(control.request()?.signal.aborted).toBe(true);
    control.readThenCheckCancel();
    expect(await started.finished).toEqual({ kind: 'cancelled', purpose: 'tiers' });
  });

  it('says the step completed when cancel came after writing began', async () => {
    const control = controlledRun();
    const started = startRun(fakeHost(control.run), { purpose: 'all', choices: CHOICES }, () => undefined);
    await Promise.resolve();
    started.cancel();
    control.beginWriting();
    expect(await started.finished).toMatchObject({ kind: 'done', summary: SUMMARY, cancelTooLate: true });
    started.cancel();
  });

  it('reports a failure with its message and candidates, never rejecting', async () => {
    const host = fakeHost(async () => {
      throw Object.assign(new Error('No sales sheet found.'), { name: 'InputError' });
    });
    expect(await startRun(host, { purpose: 'credit', choices: CHOICES }, () => undefined).finished).toEqual({
      kind: 'failed',
      purpose: 'credit',
      error: { message: 'No sales sheet found.', candidates: [], unexpected: false },
    });
    const throwing = fakeHost(() => {
      throw new Error('sync failed');
    });
    expect(await startRun(throwing, { purpose: 'all', choices: CHOICES }, () => undefined).finished).toMatchObject({ kind: 'failed', error: { message: 'sync failed' } });
  });
});

import { run, usageError } from './run-args';

const CHOICES = 'add --forms all, needs-survey (the customers not rated), tier:A, grade:AA or keys:K1,K2.';

describe('the forms flags are never ignored nor guessed', () => {
  it('--steps with forms but no --forms is refused, naming the choices (no forms for every customer by default)', () => {
    expect(usageError(() => run('--steps', 'forms'))).toBe(`Forms are asked for (--steps forms) but not for whom: ${CHOICES}`);
    expect(usageError(() => run('--steps', 'tiers,credit,forms', '--batch'))).toBe(`Forms are asked for (--steps tiers,credit,forms, --batch) but not for whom: ${CHOICES}`);
  });

  it('--request, --form-types or --batch without --forms is refused the same way', () => {
    for (const flags of [['--request', 'C1=5'], ['--form-types', 'survey'], ['--batch']]) {
      expect(usageError(() => run(...flags))).toBe(`Forms are asked for (${flags[0]}) but not for whom: ${CHOICES}`);
    }
  });

  it('a forms flag with --steps that leaves out forms is refused, naming the conflict', () => {
    expect(usageError(() => run('--steps', 'tiers', '--forms', 'tier:A')))
      .toBe('--forms apply to the forms, but --steps tiers leaves out forms: add forms to --steps, or leave out --forms.');
    expect(usageError(() => run('--steps', 'tiers,credit', '--forms', 'all', '--request', 'C1=5', '--form-types', 'survey', '--batch')))
      .toBe('--forms, --request, --form-types, --batch apply to the forms, but --steps tiers,credit leaves out forms: add forms to --steps, or leave out --forms, --request, --form-types, --batch.');
  });

  it('--add-input-columns refuses the forms flags: it makes no forms', () => {
    expect(usageError(() => run('--add-input-columns', '--request', 'C1=5', '--batch')))
      .toBe('--add-input-columns runs no step and makes no forms, so leave out --request, --batch.');
  });

  it('checks --request, --form-types and --forms values whatever the steps, so a wrong value is named as such', () => {
    const badRequest = '--request takes key=amount, e.g. C0001=500000; got "C0045=abc".';
    expect(usageError(() => run('--request', 'C0045=abc'))).toBe(badRequest);
    expect(usageError(() => run('--steps', 'tiers', '--request', 'C0045=abc'))).toBe(badRequest);
    expect(usageError(() => run('--forms', 'all', '--request', 'C0045=abc'))).toBe(badRequest);
    expect(usageError(() => run('--steps', 'tiers', '--form-types', 'letters'))).toBe('--form-types takes survey, authorization or both, comma-separated; got "letters".');
    expect(usageError(() => run('--steps', 'tiers', '--forms', 'everyone'))).toMatch(/^.*everyone.*Use --forms all, needs-survey/s);
  });

  it('is worded in the --lang language', () => {
    expect(usageError(() => run('--steps', 'forms', '--lang', 'zh-TW')))
      .toBe('已要求產生表單（--steps forms），但未指定對象：請加上 --forms all、needs-survey（未評等的客戶）、tier:A、grade:AA 或 keys:K1,K2。');
    expect(usageError(() => run('--steps', 'tiers', '--batch', '--lang', 'zh-CN')))
      .toBe('--batch 用于表单，但 --steps tiers 不含 forms：请在 --steps 加上 forms，或删除 --batch。');
  });

  it('makes forms when --forms names whom, with or without --steps naming forms', () => {
    for (const args of [run('--forms', 'tier:A', '--request', 'C1=1,500', '--batch'), run('--steps', 'credit,forms', '--forms', 'tier:A', '--request', 'C1=1,500', '--batch')]) {
      expect(args.steps).toContain('forms');
      expect(args.forms).toMatchObject({ selection: { kind: 'tier', tier: 'A' }, batch: true, requestedLimits: { C1: 1500 } });
    }
    expect(run().forms).toBeUndefined();
  });
});

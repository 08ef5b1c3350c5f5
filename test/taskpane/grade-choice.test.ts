import { DEFAULT_GRADES } from '../../src/core/credit/scorecard-config';
import { gradeChoices, initialChoice, withGradeAmong } from '../../src/taskpane/forms/customer-choice';

describe('the grades the Forms section offers', () => {
  test('the scorecard\'s, as the last credit run read them; a new scorecard\'s before any run', () => {
    expect(gradeChoices(['Prime', 'Good', 'Cash only'])).toEqual(['Prime', 'Good', 'Cash only']);
    expect(gradeChoices(undefined)).toEqual(DEFAULT_GRADES);
    expect(gradeChoices([])).toEqual(DEFAULT_GRADES);
  });

  test('a grade chosen before the scorecard\'s grades changed gives way to the first of them; one still there is kept', () => {
    const choice = { ...initialChoice(true), kind: 'grade' as const, grade: 'AA' };
    expect(withGradeAmong(choice, ['Prime', 'Good'])).toEqual({ ...choice, grade: 'Prime' });
    expect(withGradeAmong(choice, DEFAULT_GRADES)).toBe(choice);
  });
});

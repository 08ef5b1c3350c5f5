import { MissingInputColumns } from '../../src/taskpane/components/credit/MissingInputColumns';
import { headersToAdd, missingInputs } from '../../src/taskpane/summary/input-headers';
import { SOURCES } from './fixtures';
import { paneText } from './pane-text';

const none = () => undefined;

describe('the columns "Add the input columns" names', () => {
  it('are those it adds to the financials sheet, in that sheet’s language, a period among them', () => {
    const inputs = missingInputs(SOURCES)!;
    expect(inputs.financials).toBe(true);
    // 財報 has net profit: every other figure of the first alternatives, opening total assets, the ratings, and a period.
    expect(headersToAdd(inputs)).toEqual([
      '速動資產', '流動負債', '負債總額', '資產總額', '期初資產總額', '銷售收入',
      '負責人評信', '企業規模及企業性質', '銷售能力', '經營技術', '近三年資本增長', '近三年贏利情況', '員工抱怨', '供料客戶評價', '銀行往來信用', '同業信用評價', '行業景氣',
      '期間',
    ]);
  });

  it('are none, and there is no button, when no sheet of the user’s holds the inputs', () => {
    const inputs = missingInputs({ ...SOURCES, customers: null, financials: null })!;
    expect(headersToAdd(inputs)).toEqual([]);
    expect(paneText(<MissingInputColumns inputs={inputs} onAdd={none} adding={false} disabled={false} />, 'en')).not.toContain('Add the input columns');
  });

  it('are listed under the button, which says when it is adding', () => {
    const inputs = missingInputs(SOURCES)!;
    const idle = paneText(<MissingInputColumns inputs={inputs} onAdd={none} adding={false} disabled={false} />, 'en');
    expect(idle).toContain('|Add the input columns|Adds 18 empty columns to “財報” for you to fill in: “速動資產”, “流動負債”');
    const adding = paneText(<MissingInputColumns inputs={inputs} onAdd={none} adding disabled />, 'zh-Hans');
    expect(adding).toContain('|正在添加列…|');
  });
});

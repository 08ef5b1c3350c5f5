import { startHost } from '../../src/taskpane/start/start-host';

function useOffice(host: string | null, excelApi: number, displayLanguage = 'zh-CN') {
  (globalThis as { Office?: unknown }).Office = {
    HostType: { Excel: 'Excel' },
    onReady: async () => ({ host, platform: null }),
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version) <= excelApi },
      document: { settings: {} },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('startHost', () => {
  it('makes the Excel host inside Excel', async () => {
    useOffice('Excel', 1.9);
    const started = await startHost();
    expect(started.kind === 'ready' && started.host).toMatchObject({ kind: 'excel', language: 'zh-Hans', limitations: [] });
  });

  it('says the Excel is too old, in its display language, below ExcelApi 1.7', async () => {
    useOffice('Excel', 1.6, 'zh-TW');
    expect(await startHost()).toEqual({ kind: 'too-old', language: 'zh-Hant', dark: false });
  });

  it.each([1.7, 1.8])('still runs, with page setup by hand, on ExcelApi %s', async (excelApi) => {
    useOffice('Excel', excelApi, 'en-GB');
    const started = await startHost();
    expect(started.kind === 'ready' && started.host.limitations).toHaveLength(1);
    expect(started.kind === 'ready' && started.host.limitations).toEqual([
      'This version of Excel does not let add-ins set up printing: set the page layout of the form sheets by hand (A4, fit to one page wide).',
    ]);
  });
});

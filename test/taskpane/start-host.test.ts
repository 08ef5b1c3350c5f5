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
    expect(started.kind === 'ready' && started.host).toMatchObject({ kind: 'excel', language: 'zh-Hans' });
  });

  it.each([1.6, 1.8])('says the Excel is too old, in its display language, on ExcelApi %s (the manifest asks for 1.9)', async (excelApi) => {
    useOffice('Excel', excelApi, 'zh-TW');
    expect(await startHost()).toEqual({ kind: 'too-old', language: 'zh-Hant', dark: false });
  });
});

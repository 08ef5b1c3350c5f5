import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import type { Configuration as WebpackConfiguration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';
import { descendants, parseXml, path } from './xml-tree';

jest.mock('office-addin-dev-certs', () => ({
  getHttpsServerOptions: jest.fn(async () => ({ key: 'key', cert: 'cert', ca: 'ca' })),
}));

type Configuration = WebpackConfiguration & { devServer?: DevServerConfiguration };
type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<Configuration>;

interface PluginShapes {
  userOptions?: { filename?: string; template?: string };
  patterns?: { from: string; to?: string }[];
}

const ROOT = join(__dirname, '..', '..');
const makeConfig = jest.requireActual<ConfigFactory>('../../webpack.config.js');
const manifest = parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
const origin = new URL(path(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue);

function plugins(config: Configuration): PluginShapes[] {
  return (config.plugins ?? []) as PluginShapes[];
}

/** Every .html page the manifest points at (task pane, function file), as dist-relative names. */
function manifestPages(): string[] {
  const urls = [manifest, ...descendants(manifest)].flatMap((el) => Object.values(el.attrs));
  return [...new Set(urls.filter((v) => /^https:.*\.html$/.test(v)).map((v) => new URL(v).pathname.slice(1)))];
}

describe('webpack.config.js', () => {
  beforeEach(() => jest.mocked(getHttpsServerOptions).mockClear());

  it('builds for production without asking for a certificate', async () => {
    const config = await makeConfig({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: 'production' });
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
    expect(config.devServer?.server).toBeUndefined();
  });

  it('serves https with the Office dev certificate on the manifest port only in development serve', async () => {
    await makeConfig({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: 'development' });
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer?.server).toEqual({ type: 'https', options: { key: 'key', cert: 'cert', ca: 'ca' } });
    expect(String(config.devServer?.port)).toBe(origin.port);
    expect(origin.hostname).toBe('localhost');
  });

  it('emits every page the manifest points at, from a template that loads the local office.js', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const pages = plugins(config).flatMap((p) => (p.userOptions?.filename ? [p.userOptions] : []));
    expect(manifestPages().sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const page of manifestPages()) {
      const emitted = pages.find((p) => p.filename === page);
      expect({ page, template: emitted?.template !== undefined }).toEqual({ page, template: true });
      const template = join(ROOT, emitted?.template ?? '');
      expect(existsSync(template)).toBe(true);
      expect(readFileSync(template, 'utf8')).toContain('<script src="office-js/office.js"></script>');
    }
  });

  it('copies the icons, the manifest and office.js into dist', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const patterns = plugins(config).flatMap((p) => p.patterns ?? []);
    expect(patterns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'assets/*.png' }),
        expect.objectContaining({ from: 'manifest.xml' }),
        expect.objectContaining({ to: 'office-js' }),
      ]),
    );
    const officeJs = patterns.find((p) => p.to === 'office-js');
    expect(existsSync(join(officeJs?.from ?? '', 'office.js'))).toBe(true);
  });
});

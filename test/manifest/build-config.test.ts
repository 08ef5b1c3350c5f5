import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
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
  userOptions?: { filename?: string; template?: string; templateParameters?: Record<string, unknown> };
  patterns?: { from: string; to?: string; transform?: (content: Buffer, from: string) => string }[];
}

const ROOT = join(__dirname, '..', '..');
const makeConfig = jest.requireActual<ConfigFactory & { rewriteManifest: (xml: string, origin: string) => string }>('../../webpack.config.js');
const LOCAL_OFFICE_JS = 'office-js/office.js';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** As webpack-cli passes them to `webpack --mode production` (npm run build adds its --env). */
const BUILD_ENV = { WEBPACK_BUNDLE: true, WEBPACK_BUILD: true };
const sourceXml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
/** The lodash template function html-webpack-plugin's own loader renders .html templates with. */
type Template = (source: string, options: { interpolate: RegExp }) => (data: Record<string, unknown>) => string;
const template = jest.requireActual<Template>(require.resolve('lodash/template', { paths: [dirname(require.resolve('html-webpack-plugin/lib/loader.js'))] }));
const manifest = parseXml(sourceXml);
const origin = new URL(path(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue);

function plugins(config: Configuration): PluginShapes[] {
  return (config.plugins ?? []) as PluginShapes[];
}

/** Every .html page the manifest points at (task pane, function file, support page), as dist-relative names. */
function manifestPages(): string[] {
  const urls = [manifest, ...descendants(manifest)].flatMap((el) => Object.values(el.attrs));
  return [...new Set(urls.filter((v) => /^https:.*\.html$/.test(v)).map((v) => new URL(v).pathname.slice(1)))];
}

/** The pages Office itself loads (and so load office.js): the task pane, the function file and the ribbon's message dialog. */
const OFFICE_PAGES = ['commands.html', 'message.html', 'taskpane.html'];

/** The HTML webpack emits for a page: its template rendered with the page's parameters, as html-webpack-plugin's loader does. */
function emittedHtml(config: Configuration, page: string): string {
  const options = plugins(config).find((p) => p.userOptions?.filename === page)?.userOptions;
  if (!options?.template) throw new Error(`no page ${page} in the configuration`);
  const source = readFileSync(join(ROOT, options.template), 'utf8');
  return template(source, { interpolate: /<%=([\s\S]+?)%>/g })(options.templateParameters ?? {});
}

const officeJsTags = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]*office\.js)"/g)].map((m) => m[1]);

function copyPatterns(config: Configuration) {
  return plugins(config).flatMap((p) => p.patterns ?? []);
}

function distManifest(config: Configuration): string {
  const pattern = copyPatterns(config).find((p) => p.from === 'manifest.xml');
  if (!pattern?.transform) throw new Error('manifest.xml is copied without its origin rewrite');
  return pattern.transform(Buffer.from(sourceXml, 'utf8'), join(ROOT, 'manifest.xml'));
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

  it('emits every page the manifest points at, from a template', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const pages = plugins(config).flatMap((p) => (p.userOptions?.filename ? [p.userOptions] : []));
    expect(manifestPages().sort()).toEqual(['commands.html', 'support.html', 'taskpane.html']);
    for (const page of [...manifestPages(), 'message.html']) {
      const emitted = pages.find((p) => p.filename === page);
      expect({ page, template: emitted?.template !== undefined }).toEqual({ page, template: true });
      expect(existsSync(join(ROOT, emitted?.template ?? ''))).toBe(true);
    }
    // The support page is for people, in a browser: no script at all.
    expect(emittedHtml(config, 'support.html')).not.toMatch(/<script/i);
  });

  it.each([
    ['the dev server', { WEBPACK_SERVE: true }, 'development'],
    ['a development build', BUILD_ENV, 'development'],
    ['a production build without --env officejs (the preview, the tests, the bench)', BUILD_ENV, 'production'],
    ['--env officejs=local', { ...BUILD_ENV, officejs: 'local' }, 'production'],
  ])('loads office.js from the local copy in %s, and copies that into dist', async (_, env, mode) => {
    const config = await makeConfig(env, { mode });
    for (const page of OFFICE_PAGES) expect([page, officeJsTags(emittedHtml(config, page))]).toEqual([page, [LOCAL_OFFICE_JS]]);
    const officeJs = copyPatterns(config).find((p) => p.to === 'office-js');
    expect(existsSync(join(officeJs?.from ?? '', 'office.js'))).toBe(true);
  });

  it("loads office.js from Microsoft's CDN in the store build (npm run build), and copies no local copy", async () => {
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.build).toBe('webpack --mode production --env officejs=cdn');
    const config = await makeConfig({ ...BUILD_ENV, officejs: 'cdn' }, { mode: 'production' });
    for (const page of OFFICE_PAGES) expect([page, officeJsTags(emittedHtml(config, page))]).toEqual([page, [CDN_OFFICE_JS]]);
    expect(copyPatterns(config).find((p) => p.to === 'office-js')).toBeUndefined();
  });

  it('refuses an --env officejs it does not know', async () => {
    await expect(makeConfig({ ...BUILD_ENV, officejs: 'https://example.com/office.js' }, { mode: 'production' })).rejects.toThrow(
      '--env officejs takes local or cdn, not "https://example.com/office.js".',
    );
  });

  it('copies the icons and the manifest into dist', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    expect(copyPatterns(config)).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'assets/*.png' }), expect.objectContaining({ from: 'manifest.xml', to: 'manifest.xml' })]),
    );
  });

  it('copies the manifest unchanged without --env origin', async () => {
    expect(distManifest(await makeConfig(BUILD_ENV, { mode: 'production' }))).toBe(sourceXml);
  });

  it('rewrites every URL of the manifest in dist to --env origin, and only those', async () => {
    const rewritten = distManifest(await makeConfig({ ...BUILD_ENV, officejs: 'cdn', origin: 'https://credit-desk.example.com' }, { mode: 'production' }));
    expect(rewritten).toBe(makeConfig.rewriteManifest(sourceXml, 'https://credit-desk.example.com'));
    expect(rewritten).not.toContain('localhost');
    expect(rewritten.split('https://credit-desk.example.com/').length).toBe(sourceXml.split('https://localhost:3000/').length);
    expect(rewritten.split('https://credit-desk.example.com/').join('https://localhost:3000/')).toBe(sourceXml);
    // A trailing slash is the same origin; a port is kept.
    expect(distManifest(await makeConfig({ ...BUILD_ENV, origin: 'https://addins.example.org:8443/' }, { mode: 'production' }))).toContain(
      '<SourceLocation DefaultValue="https://addins.example.org:8443/taskpane.html"/>',
    );
  });

  it.each(['http://credit-desk.example.com', 'https://example.com/credit-desk', 'https://example.com/?x=1', 'https://user:pw@example.com', 'credit-desk.example.com'])(
    'refuses --env origin=%s (an https origin only)',
    async (origin) => {
      await expect(makeConfig({ ...BUILD_ENV, origin }, { mode: 'production' })).rejects.toThrow(
        `--env origin takes an https origin such as https://credit-desk.example.com, not ${JSON.stringify(origin)}.`,
      );
    },
  );
});

import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLValidator } from 'fast-xml-parser';
import { MINIMUM_EXCEL_API } from '../../src/taskpane/excel/requirements';
import { pngSize } from './png-size';
import { descendants, parseXml, path, type XmlElement } from './xml-tree';

const ROOT = join(__dirname, '..', '..');
const sourceXml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
/** What `npm run build -- --env origin=…` puts in dist/manifest.xml (webpack.config.js; build-config.test checks it is the copy's transform). */
const { rewriteManifest } = jest.requireActual<{ rewriteManifest: (xml: string, origin: string) => string }>('../../webpack.config.js');
const PRODUCTION_ORIGIN = 'https://credit-desk.example.com';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCALES = ['zh-TW', 'zh-CN'];

/** Child order of a TaskPaneApp's OfficeApp in the appforoffice 1.1 schema. */
const BASE_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'AllowSnapshot', 'VersionOverrides',
];

/** Resource kind by the group that defines it, and the kind each referencing element needs. */
const RESOURCE_GROUPS: Record<string, string> = {
  'bt:Images': 'image', 'bt:Urls': 'url', 'bt:ShortStrings': 'short', 'bt:LongStrings': 'long',
};
const REFERENCE_KINDS: Record<string, string> = {
  'bt:Image': 'image', SourceLocation: 'url', FunctionFile: 'url', LearnMoreUrl: 'url',
  Label: 'short', Title: 'short', Description: 'long', Tooltip: 'long',
};
const MAX_LENGTH: Record<string, number> = { short: 125, long: 250 };

interface Resource { id: string; kind: string; element: XmlElement }

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

function iconSizeAt(url: URL): number {
  const match = /^\/assets\/(icon-(\d+)\.png)$/.exec(url.pathname);
  if (match === null) throw new Error(`${url.href} is not an assets/icon-<size>.png URL`);
  const file = join(ROOT, 'assets', match[1]);
  if (!existsSync(file)) throw new Error(`${url.href}: assets/${match[1]} does not exist`);
  const { width, height } = pngSize(readFileSync(file));
  const size = Number(match[2]);
  if (width !== size || height !== size) throw new Error(`assets/${match[1]} is ${width}x${height}, not ${size}x${size}`);
  return size;
}

function allUrls(elements: XmlElement[]): string[] {
  const urls: string[] = [];
  for (const el of elements) {
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr !== 'xmlns' && !attr.startsWith('xmlns:') && /^http/i.test(value)) urls.push(value);
    }
    if (/^http/i.test(el.text)) urls.push(el.text);
  }
  return urls;
}

function expectOverrides(el: XmlElement, overrideName: string) {
  for (const locale of LOCALES) {
    const override = el.children.find((c) => c.name === overrideName && c.attrs.Locale === locale);
    expect({ element: el.attrs.id ?? el.name, locale, value: override?.attrs.Value?.trim() || null }).toEqual({
      element: el.attrs.id ?? el.name,
      locale,
      value: expect.any(String),
    });
  }
}

/** The offline checks, for the source manifest and for the one a production build writes. */
function describeManifest(title: string, xml: string, expectedOrigin: string) {
  describe(title, () => {
    const manifest = parseXml(xml);
    const elements = [manifest, ...descendants(manifest)];
    const named = (name: string) => elements.filter((el) => el.name === name);
    const resourceList: Resource[] = path(manifest, 'VersionOverrides', 'Resources').children.flatMap((group) =>
      group.children.map((element) => ({ id: element.attrs.id, kind: RESOURCE_GROUPS[group.name], element })),
    );
    const resources = new Map(resourceList.map((r) => [r.id, r]));
    const resourceUrl = (resid: string): URL => new URL(defined(resources.get(resid), `resource ${resid}`).element.attrs.DefaultValue);

    it('is well-formed XML', () => {
      expect(XMLValidator.validate(xml)).toBe(true);
    });

    it('is a task pane add-in for Excel workbooks that reads and writes the document', () => {
      expect(manifest.name).toBe('OfficeApp');
      expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
      expect(path(manifest, 'Hosts', 'Host').attrs.Name).toBe('Workbook');
      expect(path(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    });

    it('lists the base elements in schema order', () => {
      const order = manifest.children.map((c) => BASE_ORDER.indexOf(c.name));
      expect(order).not.toContain(-1);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });

    it('has a GUID id, a version, a provider and en-US as default locale', () => {
      expect(path(manifest, 'Id').text).toMatch(GUID);
      expect(path(manifest, 'Version').text).toMatch(/^\d+(\.\d+){1,3}$/);
      expect(path(manifest, 'ProviderName').text).toBe('Credit Desk');
      expect(path(manifest, 'DefaultLocale').text).toBe('en-US');
    });

    it('has a display name and description with zh-TW and zh-CN overrides', () => {
      for (const name of ['DisplayName', 'Description']) {
        const el = path(manifest, name);
        expect(el.attrs.DefaultValue?.trim()).toBeTruthy();
        expectOverrides(el, 'Override');
      }
    });

    it('requires an ExcelApi version', () => {
      const sets = path(manifest, 'Requirements', 'Sets');
      const excelApi = sets.children.find((s) => s.name === 'Set' && s.attrs.Name === 'ExcelApi');
      expect(excelApi?.attrs.MinVersion).toMatch(/^1\.\d+$/);
    });

    it(`requires the ExcelApi version the pane checks for, ${MINIMUM_EXCEL_API}: below it Excel does not load the add-in`, () => {
      const sets = path(manifest, 'Requirements', 'Sets');
      const excelApi = sets.children.filter((s) => s.name === 'Set' && s.attrs.Name === 'ExcelApi');
      expect(excelApi.map((s) => s.attrs.MinVersion)).toEqual([MINIMUM_EXCEL_API]);
    });

    it(`serves every URL over https from the origin of the task pane, ${expectedOrigin}`, () => {
      const origin = new URL(path(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue).origin;
      expect(origin).toBe(expectedOrigin);
      const urls = allUrls(elements);
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        expect({ url, protocol: new URL(url).protocol, origin: new URL(url).origin }).toEqual({ url, protocol: 'https:', origin });
      }
    });

    it('points every icon URL at a PNG in assets/ whose size is the one in its name', () => {
      const icons = allUrls(elements).filter((url) => /\.png$/i.test(url));
      expect(icons.length).toBeGreaterThan(0);
      for (const icon of icons) expect(() => iconSizeAt(new URL(icon))).not.toThrow();
    });

    it('uses a 32 px IconUrl and a 64 px HighResolutionIconUrl', () => {
      expect(iconSizeAt(new URL(path(manifest, 'IconUrl').attrs.DefaultValue))).toBe(32);
      expect(iconSizeAt(new URL(path(manifest, 'HighResolutionIconUrl').attrs.DefaultValue))).toBe(64);
    });

    it('puts an image of the declared size in every ribbon icon slot', () => {
      const slots = named('bt:Image').filter((el) => el.attrs.size !== undefined);
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) expect(iconSizeAt(resourceUrl(slot.attrs.resid))).toBe(Number(slot.attrs.size));
    });

    it('defines each resource id once', () => {
      expect(resourceList.length).toBeGreaterThan(0);
      expect(resources.size).toBe(resourceList.length);
    });

    it('defines every resid, as a resource of the right kind, with an id of at most 32 characters', () => {
      const references = elements.filter((el) => el.attrs.resid !== undefined);
      expect(references.length).toBeGreaterThan(0);
      for (const ref of references) {
        const resid = ref.attrs.resid;
        expect({ resid, kind: resources.get(resid)?.kind, fits: resid.length <= 32 }).toEqual({
          resid,
          kind: REFERENCE_KINDS[ref.name],
          fits: true,
        });
      }
    });

    it('translates every string resource into zh-TW and zh-CN within the length limits', () => {
      const strings = [...resources.values()].filter((r) => r.kind === 'short' || r.kind === 'long');
      expect(strings.length).toBeGreaterThan(0);
      for (const { kind, element } of strings) {
        expectOverrides(element, 'bt:Override');
        const values = [element.attrs.DefaultValue, ...element.children.map((c) => c.attrs.Value)];
        for (const value of values) expect(value.length).toBeLessThanOrEqual(MAX_LENGTH[kind]);
      }
    });

    it('adds a group to the Home tab that opens the pane and runs runAll from commands.html', () => {
      const home = defined(named('OfficeTab').find((tab) => tab.attrs.id === 'TabHome'), 'OfficeTab TabHome');
      const actions = [...descendants(home)].filter((el) => el.name === 'Action');
      const showPane = defined(actions.find((a) => a.attrs['xsi:type'] === 'ShowTaskpane'), 'ShowTaskpane action');
      const execute = defined(actions.find((a) => a.attrs['xsi:type'] === 'ExecuteFunction'), 'ExecuteFunction action');
      expect(resourceUrl(path(showPane, 'SourceLocation').attrs.resid).href).toBe(
        path(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue,
      );
      expect(path(execute, 'FunctionName').text).toBe('runAll');
      const functionFile = named('FunctionFile');
      expect(functionFile).toHaveLength(1);
      expect(resourceUrl(functionFile[0].attrs.resid).pathname).toBe('/commands.html');
    });

    it('gives every control a unique id', () => {
      const ids = named('Control').map((c) => c.attrs.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has every FunctionName associated in src/commands/commands.ts', () => {
      const commands = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
      const functionNames = named('FunctionName').map((f) => f.text);
      expect(functionNames.length).toBeGreaterThan(0);
      for (const name of functionNames) expect(commands).toContain(`Office.actions.associate('${name}',`);
    });

    it('has a SupportUrl: the support page webpack emits', () => {
      const support = new URL(path(manifest, 'SupportUrl').attrs.DefaultValue);
      expect(support.href).toBe(`${expectedOrigin}/support.html`);
      expect(existsSync(join(ROOT, 'src', 'taskpane', 'support.html'))).toBe(true);
    });
  });
}

describeManifest('manifest.xml', sourceXml, 'https://localhost:3000');
describeManifest(`dist/manifest.xml of npm run build -- --env origin=${PRODUCTION_ORIGIN}`, rewriteManifest(sourceXml, PRODUCTION_ORIGIN), PRODUCTION_ORIGIN);

describe('the production manifest', () => {
  it('differs from manifest.xml in its URLs only, and has none left on localhost', () => {
    const rewritten = rewriteManifest(sourceXml, PRODUCTION_ORIGIN);
    expect(rewritten).not.toMatch(/localhost/i);
    expect(rewritten.split(`${PRODUCTION_ORIGIN}/`).join('https://localhost:3000/')).toBe(sourceXml);
  });
});

describe('icon set in assets/', () => {
  it.each([16, 32, 64, 80, 128])('has icon-%i.png at %i px (128 is the store listing icon)', (size) => {
    const file = join(__dirname, '..', '..', 'assets', `icon-${size}.png`);
    expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
  });
});

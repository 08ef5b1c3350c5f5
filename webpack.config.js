const path = require('path');
const { URL } = require('url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const devCerts = require('office-addin-dev-certs');

const DEV_SERVER_PORT = 3000;
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Where the pages load office.js from: the copy of the npm package served by
 * this add-in (dev server, `npm run preview`, the tests: nothing leaves
 * localhost), or Microsoft's CDN, which the store build (`npm run build`,
 * i.e. `--env officejs=cdn`) uses as AppSource expects.
 */
const OFFICE_JS = {
  local: 'office-js/office.js',
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
};

/** The origin every URL of the source manifest.xml is on. */
const MANIFEST_ORIGIN = `https://localhost:${DEV_SERVER_PORT}`;

function officeJsSource(env) {
  const choice = env.officejs ?? 'local';
  if (!Object.hasOwn(OFFICE_JS, choice)) throw new Error(`--env officejs takes local or cdn, not ${JSON.stringify(choice)}.`);
  return OFFICE_JS[choice];
}

/**
 * The origin the add-in is served from in production, from `--env
 * origin=https://…` (default: the manifest's own, https://localhost:3000).
 * An https origin only: no path, query, fragment or credentials.
 */
function productionOrigin(value) {
  if (value === undefined) return MANIFEST_ORIGIN;
  const refuse = () => {
    throw new Error(`--env origin takes an https origin such as https://credit-desk.example.com, not ${JSON.stringify(value)}.`);
  };
  if (typeof value !== 'string') refuse();
  let url;
  try {
    url = new URL(value);
  } catch {
    refuse();
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) refuse();
  return url.origin;
}

/** manifest.xml with every https://localhost:3000/… URL moved to `origin` (dist/manifest.xml). */
function rewriteManifest(xml, origin) {
  const from = `${MANIFEST_ORIGIN}/`;
  if (!xml.includes(from)) throw new Error(`manifest.xml has no URL on ${MANIFEST_ORIGIN} to rewrite.`);
  return origin === MANIFEST_ORIGIN ? xml : xml.split(from).join(`${origin}/`);
}

/**
 * Files office.js never loads inside Excel: other hosts' scripts, debug builds,
 * typings and IntelliSense files. Everything else is served from /office-js/.
 */
const OFFICE_JS_UNUSED = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  '**/office.d.ts',
  '**/outlook_strings.js',
  '**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}-*.js',
];

/** An HTML page whose script is the entry of the same name; its template loads office.js from `officeJs`. */
function page(folder, name, officeJs) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/${folder}/${name}.html`, chunks: [name], templateParameters: { officeJs } });
}

/**
 * `webpack serve --mode development` serves https on localhost:3000 with the
 * Office dev certificate; builds never touch certificates.
 */
module.exports = async (env, options) => {
  const development = options.mode === 'development';
  const serving = development && Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsSource(env);
  const origin = productionOrigin(env.origin);
  return {
    devtool: development ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/message.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: development ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: development ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false, sourceMap: development } },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', 'taskpane', officeJs),
      page('commands', 'commands', officeJs),
      page('commands', 'message', officeJs),
      // The manifest's SupportUrl: a static page, no script.
      new HtmlWebpackPlugin({ filename: 'support.html', template: './src/taskpane/support.html', chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString('utf8'), origin) },
          ...(officeJs === OFFICE_JS.local
            ? [{ from: OFFICE_JS_DIST, to: 'office-js', globOptions: { ignore: OFFICE_JS_UNUSED }, info: { minimized: true } }]
            : []),
        ],
      }),
    ],
    optimization: { runtimeChunk: 'single' },
    performance: {
      // React 18 + Fluent UI v9 alone are ~290 KiB minified; warn when the pane grows well beyond that.
      maxAssetSize: 512 * 1024,
      maxEntrypointSize: 512 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/'),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      ...(serving ? { server: { type: 'https', options: await devCerts.getHttpsServerOptions() } } : {}),
    },
  };
};

/** For the offline manifest tests (test/manifest): what dist/manifest.xml holds for an origin. */
module.exports.rewriteManifest = rewriteManifest;
module.exports.OFFICE_JS = OFFICE_JS;

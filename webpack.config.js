const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const devCerts = require('office-addin-dev-certs');

const DEV_SERVER_PORT = 3000;
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

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

/**
 * ExcelJS for the browser preview: its prebuilt browser bundle (the file its
 * package.json `browser` field names, minus the ES polyfills every browser
 * that runs the preview has built in). It is self-contained (JSZip, Buffer and
 * streams inside), so webpack neither parses nor polyfills it. Only the
 * preview host imports it, dynamically: it is its own chunk, never part of
 * what Excel loads for the pane.
 */
const EXCELJS_BROWSER = require.resolve('exceljs/dist/exceljs.bare.min.js');

/** An HTML page whose script is the entry of the same name. */
function page(folder, name) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/${folder}/${name}.html`, chunks: [name] });
}

/**
 * `webpack serve --mode development` serves https on localhost:3000 with the
 * Office dev certificate; builds never touch certificates.
 */
module.exports = async (env, options) => {
  const development = options.mode === 'development';
  const serving = development && Boolean(env.WEBPACK_SERVE);
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
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    module: {
      noParse: (file) => file === EXCELJS_BROWSER,
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
      page('taskpane', 'taskpane'),
      page('commands', 'commands'),
      page('commands', 'message'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: OFFICE_JS_DIST, to: 'office-js', globOptions: { ignore: OFFICE_JS_UNUSED }, info: { minimized: true } },
        ],
      }),
    ],
    optimization: { runtimeChunk: 'single' },
    performance: {
      // React 18 + Fluent UI v9 alone are ~290 KiB minified; warn when the pane grows well beyond that.
      maxAssetSize: 512 * 1024,
      maxEntrypointSize: 512 * 1024,
      // The ExcelJS chunk is loaded by the browser preview only, never in Excel.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/') && !file.startsWith('exceljs.'),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      ...(serving ? { server: { type: 'https', options: await devCerts.getHttpsServerOptions() } } : {}),
    },
  };
};

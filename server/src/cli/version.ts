// The version regbrev reports (`--version`, SARIF's tool.driver.version): set by the bundler when it
// defines __VERSION__, otherwise "dev", so that outputs of tests run from the sources stay stable.
declare const __VERSION__: string | undefined;

export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

// The regbrev command: check, schema, and (to come) coverage, render, init and lsp over the same service
// as the language server, so that CI and the editor always agree.
import { runCheck, CHECK_HELP } from './commands/check';
import { runSchema, SCHEMA_HELP } from './commands/schema';
import { UsageError } from './load';

const HELP = `regbrev – årsredovisning som kod / annual reports as code

Användning / usage: regbrev <kommando> [flaggor]

  check [sökvägar…]   kontrollera rapporter och regleringsbrev / check reports
  schema <fil>        skriv ut schemat härlett ur regleringsbrevet / print the derived schema

  regbrev <kommando> --help visar hjälp för kommandot / shows the command's help.
`;

export function main(argv: readonly string[]): { output: string; error?: string; exitCode: number } {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return runCheck(rest);
      case 'schema':
        return runSchema(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        return { output: HELP, exitCode: command === undefined ? 2 : 0 };
      default:
        throw new UsageError(`Okänt kommando / unknown command: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) return { output: '', error: `regbrev: ${e.message}\n\n${HELP}`, exitCode: 2 };
    const err = e as Error;
    return { output: '', error: `regbrev: internt fel / internal error: ${err.stack ?? err.message}\n`, exitCode: 2 };
  }
}

if (require.main === module) {
  const result = main(process.argv.slice(2));
  if (result.output) process.stdout.write(result.output);
  if (result.error) process.stderr.write(result.error);
  process.exitCode = result.exitCode;
}

export { CHECK_HELP, SCHEMA_HELP };

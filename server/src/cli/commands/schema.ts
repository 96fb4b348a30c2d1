// `regbrev schema <regleringsbrev.yaml|årsredovisning.yaml>`: prints the JSON Schema that the report's
// answers and indicator outcomes must satisfy, derived from the requirement set.
import { createLanguageService } from '../../service/index';
import { parseArgs } from '../args';
import { findFiles, loadIntoService, UsageError } from '../load';
import type { Command, CommandIO } from '../io';

const SCHEMA_HELP = `regbrev schema <regleringsbrev.yaml | årsredovisning.yaml>

Skriver ut JSON-schemat som härleds ur regleringsbrevet: vilka krav som ska besvaras,
vilka indikatorer som ska ha utfall, vilka anslagsposter och avgiftsrader som ska redovisas.
Prints the schema derived from the requirement set.
`;

async function runSchema(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { help: { takesValue: false, alias: 'h' } });
  if (args.flags.has('help')) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('Ange en fil / give one file');
  const service = createLanguageService();
  const [uri] = loadIntoService(service, findFiles(args.positionals, io.cwd));
  const file = service.getFile(uri);
  let rsUri = uri;
  if (file?.kind === 'årsredovisning') rsUri = service.referencedUris(uri)[0] ?? uri;
  const schema = service.derivedSchema(rsUri);
  if (!schema) throw new UsageError('Filen är varken ett regleringsbrev eller en årsredovisning / not a requirement set or report manifest');
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'skriv ut schemat härlett ur regleringsbrevet / print the derived schema',
  run: runSchema,
};

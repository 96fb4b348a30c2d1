// The files `regbrev init` writes, in the order it reports them: the letter, the manifest and the chapters
// in print order. Everything is generated from templates in code, because the CLI is bundled into one
// file and has no template folder to read at run time.
import { finansYaml } from './finans';
import { manifestYaml } from './manifest';
import { intygandeYaml, noterYaml } from './noter';
import type { InitOptions } from './options';
import { regleringsbrevYaml } from './regleringsbrev';
import { resultatYaml } from './resultat';

export interface ScaffoldFile {
  /** Relative to the report folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

export function scaffold(o: InitOptions): ScaffoldFile[] {
  const chapters: [string, (o: InitOptions) => string][] = [
    ['kapitel/01-resultatredovisning.yaml', resultatYaml],
    ['kapitel/02-finansiell-redovisning.yaml', finansYaml],
    ['kapitel/03-noter.yaml', noterYaml],
    ['kapitel/04-intygande.yaml', intygandeYaml],
  ];
  return [
    { path: 'regleringsbrev.yaml', text: regleringsbrevYaml(o) },
    { path: 'arsredovisning.yaml', text: manifestYaml(o, chapters.map(([path]) => path)) },
    ...chapters.map(([path, template]) => ({ path, text: template(o) })),
  ];
}

// The template for arsredovisning.yaml, the manifest that ties the letter, the leadership and the chapter
// files together.
import type { InitOptions } from './options';
import { ledamöter, withComment, yamlString } from './options';

export function manifestYaml(o: InitOptions, chapters: readonly string[]): string {
  const people = ledamöter(o.ledning)
    .map((p) => `    - { namn: ${yamlString(p.namn)}, roll: ${p.roll} }`)
    .join('\n');
  const who =
    o.ledning === 'styrelse'
      ? '# Styrelsemyndighet: alla ledamöter i styrelsen skriver under. Lägg till eller ta bort rader så att\n  # listan visar hela styrelsen.'
      : '# Enrådighetsmyndighet: myndighetschefen skriver under.';
  return `# Årsredovisning ${o.år} för ${o.myndighet}, som källtext kopplad till regleringsbrevet.
#
# Skapat av \`regbrev init\`. Kontrollera med \`regbrev check\` i den här mappen.
typ: årsredovisning
myndighet: ${yamlString(o.myndighet)}
räkenskapsår: ${o.år}
regleringsbrev: regleringsbrev.yaml
${withComment(`diarienummer: ${o.år + 1}-00000`, 'ersätt med årsredovisningens diarienummer')}
ledning:
  form: ${o.ledning}
  ${who}
  # Ersätt platshållarna med riktiga namn, stavade exakt som under underskrifterna i intygandet.
  ledamöter:
${people}
${withComment('kapitel:', 'kapitelfilerna i tryckordning')}
${chapters.map((c) => `  - ${c}`).join('\n')}
`;
}

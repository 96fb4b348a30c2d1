// formula-syntax: every formula of the report parses; the finding points at the offending token. A
// section is judged by itself, once while it is unchanged; the formulas of its texts' claims, when they are
// evaluated (tables/proseClaims.ts).
import type { Finding } from '../findings';
import type { FormulaSource, Section } from '../model/types';
import { findingsOf } from './memo';
import { defineRule } from './unit';

type FormulaSyntax = Finding & { readonly code: 'formula-syntax' };

function* formulasOfSection(section: Section): Generator<FormulaSource> {
  for (const o of [...section.indicatorOutcomes, ...section.goalOutcomes]) if (o.formula) yield o.formula;
  for (const t of section.tables) {
    for (const c of t.columns) yield* c.formulas;
    for (const r of t.dataRows) {
      yield* r.formulas;
      for (const fs of r.cellFormulas.values()) yield* fs;
    }
  }
}

export const formulaSyntax = defineRule({
  name: 'formulaSyntax',
  codes: {
    'formula-syntax': {
      severity: 'error',
      title: { sv: 'Syntaxfel i formel', en: 'Formula syntax error' },
      summary: 'A formula cannot be parsed.',
    },
  },
  report(ctx, out) {
    for (const s of ctx.project.sections) for (const f of findingsOf('formulaSyntax', s, () => inSection(s))) out.place(f);
    // The formulas of the figures a text checks (`{48 685 = …}`) are read when the claims are evaluated.
    for (const f of ctx.findingsOf('formula-syntax')) out.place({ ...f, code: 'formula-syntax' });
  },
});

function inSection(s: Section): FormulaSyntax[] {
  const out: FormulaSyntax[] = [];
  for (const f of formulasOfSection(s)) {
    const err = f.parsed.error;
    if (!err) continue;
    // A comma inside { … } ends the formula early in YAML: the usual cause of an unclosed call.
    const open = (f.parsed.text.match(/\(/g) ?? []).length > (f.parsed.text.match(/\)/g) ?? []).length;
    const hint = open
      ? { sv: ' Står formeln i en {…}-mappning? Sätt den inom citattecken, t.ex. formel: "sum(a, b)".', en: ' Is the formula inside a {…} mapping? Quote it, e.g. formel: "sum(a, b)".' }
      : { sv: '', en: '' };
    out.push({
      code: 'formula-syntax',
      at: { origin: f.origin, span: err.span },
      message: {
        sv: `Formeln ”${f.parsed.text}” kan inte läsas: ${err.message.sv}.${hint.sv}`,
        en: `The formula "${f.parsed.text}" cannot be read: ${err.message.en}.${hint.en}`,
      },
    });
  }
  return out;
}

// A recursive-descent parser for formulas: arithmetic, comparisons, calls, dotted references, ranges
// and `*`. It never throws: a syntax error is returned with the span it concerns.
import { fromDecimal } from '../numbers/rational';
import type { CompareOp, Expr, FormulaSyntaxError, ParsedFormula, RefExpr, Span } from './ast';
import { lex } from './lexer';
import type { Token } from './lexer';

class SyntaxFailure {
  constructor(readonly error: FormulaSyntaxError) {}
}

const COMPARE_OPS = new Set(['=', '!=', '<', '<=', '>', '>=']);

/** Deeper nesting than this is refused, so that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 200;

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.pos];
  }

  private fail(span: Span, sv: string, en: string): never {
    throw new SyntaxFailure({ message: { sv, en }, span });
  }

  private isOp(text: string): boolean {
    return this.current.kind === 'op' && this.current.text === text;
  }

  private expectOp(text: string): Token {
    if (!this.isOp(text)) {
      const found = this.describe(this.current);
      this.fail(this.current.span, `”${text}” väntades men ${found.sv} hittades`, `expected "${text}" but found ${found.en}`);
    }
    return this.tokens[this.pos++];
  }

  private describe(t: Token): { sv: string; en: string } {
    if (t.kind === 'end') return { sv: 'formelns slut', en: 'the end of the formula' };
    return { sv: `”${t.text}”`, en: `"${t.text}"` };
  }

  parseFormula(): Expr {
    const expr = this.parseComparison();
    if (this.current.kind !== 'end') {
      const found = this.describe(this.current);
      this.fail(this.current.span, `oväntat ${found.sv}`, `unexpected ${found.en}`);
    }
    return expr;
  }

  private parseComparison(): Expr {
    const left = this.parseSum();
    if (this.current.kind === 'op' && COMPARE_OPS.has(this.current.text)) {
      const op = this.tokens[this.pos++].text as CompareOp;
      const right = this.parseSum();
      return { kind: 'compare', op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseSum(): Expr {
    let left = this.parseProduct();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.tokens[this.pos++].text as '+' | '-';
      const right = this.parseProduct();
      left = { kind: 'binary', op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseProduct(): Expr {
    let left = this.parseUnary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.tokens[this.pos++].text as '*' | '/';
      const right = this.parseUnary();
      left = { kind: 'binary', op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseUnary(): Expr {
    if (++this.depth > MAX_DEPTH) {
      this.fail(this.current.span, `formeln är nästlad djupare än ${MAX_DEPTH} nivåer`, `the formula nests deeper than ${MAX_DEPTH} levels`);
    }
    try {
      return this.parseUnaryInner();
    } finally {
      this.depth--;
    }
  }

  private parseUnaryInner(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const t = this.tokens[this.pos++];
      const arg = this.parseUnary();
      return { kind: 'unary', op: t.text as '-' | '+', arg, span: { start: t.span.start, end: arg.span.end } };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const t = this.current;
    if (t.kind === 'number') {
      this.pos++;
      const value = fromDecimal(t.text);
      if (!value) this.fail(t.span, `ogiltigt tal ”${t.text}”`, `invalid number "${t.text}"`);
      return { kind: 'number', value, span: t.span };
    }
    if (t.kind === 'string') {
      this.pos++;
      return { kind: 'string', value: t.text, span: t.span };
    }
    if (this.isOp('*')) {
      this.pos++;
      return { kind: 'star', span: t.span };
    }
    if (this.isOp('(')) {
      this.pos++;
      const inner = this.parseComparison();
      this.expectOp(')');
      return inner;
    }
    if (t.kind === 'ident') {
      if (this.tokens[this.pos + 1]?.kind === 'op' && this.tokens[this.pos + 1].text === '(') {
        return this.parseCall();
      }
      const ref = this.parseRef();
      if (this.isOp(':')) {
        this.pos++;
        const to = this.parseRef();
        return { kind: 'range', from: ref, to, span: { start: ref.span.start, end: to.span.end } };
      }
      return ref;
    }
    const found = this.describe(t);
    return this.fail(t.span, `ett värde väntades men ${found.sv} hittades`, `expected a value but found ${found.en}`);
  }

  private parseRef(): RefExpr {
    const first = this.current;
    if (first.kind !== 'ident') {
      const found = this.describe(first);
      this.fail(first.span, `ett id väntades men ${found.sv} hittades`, `expected an id but found ${found.en}`);
    }
    this.pos++;
    const parts = [first.text];
    const partSpans = [first.span];
    while (this.isOp('.')) {
      this.pos++;
      const next = this.current;
      if (next.kind !== 'ident') {
        const found = this.describe(next);
        this.fail(next.span, `ett id väntades efter ”.” men ${found.sv} hittades`, `expected an id after "." but found ${found.en}`);
      }
      this.pos++;
      parts.push(next.text);
      partSpans.push(next.span);
    }
    return { kind: 'ref', parts, partSpans, span: { start: first.span.start, end: partSpans[partSpans.length - 1].end } };
  }

  private parseCall(): Expr {
    const name = this.tokens[this.pos++];
    this.expectOp('(');
    const args: Expr[] = [];
    if (!this.isOp(')')) {
      args.push(this.parseComparison());
      while (this.isOp(',')) {
        this.pos++;
        args.push(this.parseComparison());
      }
    }
    const close = this.expectOp(')');
    return { kind: 'call', name: name.text, nameSpan: name.span, args, span: { start: name.span.start, end: close.span.end } };
  }
}

/** Formulas seen, by text: a report repeats most of them (sum(*)), and every edit rebuilds a file's model. */
const parsedFormulas = new Map<string, ParsedFormula>();
const MAX_REMEMBERED = 20_000;

/**
 * Parses a formula; the result carries either the expression or the first syntax error. A parse is a
 * plain value no one changes, so the same text shares one.
 */
export function parseFormula(text: string): ParsedFormula {
  let parsed = parsedFormulas.get(text);
  if (!parsed) {
    parsed = parseFormulaText(text);
    // A bounded memory: past the bound it starts over, which costs a re-parse and nothing else.
    if (parsedFormulas.size >= MAX_REMEMBERED) parsedFormulas.clear();
    parsedFormulas.set(text, parsed);
  }
  return parsed;
}

function parseFormulaText(text: string): ParsedFormula {
  const lexed = lex(text);
  if ('error' in lexed) {
    const { at, char } = lexed.error;
    const quote = char === '"' || char === "'";
    return {
      text,
      error: {
        message: quote
          ? { sv: 'strängen avslutas aldrig', en: 'the string is never closed' }
          : { sv: `tecknet ”${char}” hör inte hemma i en formel`, en: `the character "${char}" does not belong in a formula` },
        span: { start: at, end: quote ? text.length : at + 1 },
      },
    };
  }
  try {
    // A formula that starts with <, <=, > or >= is a bound on the cell's own figure.
    const first = lexed.tokens[0];
    if (first?.kind === 'op' && (first.text === '<' || first.text === '<=' || first.text === '>' || first.text === '>=')) {
      return { text, bound: first.text, expr: new Parser(lexed.tokens.slice(1)).parseFormula() };
    }
    return { text, expr: new Parser(lexed.tokens).parseFormula() };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { text, error: e.error };
    throw e;
  }
}

/**
 * A small evaluator for the spreadsheet formulas of the control step: A1
 * cell references, defined names, numbers, text, + - * / & and comparisons,
 * and the functions the step may use (IF, ISNUMBER, AND, MID, MOD). It
 * follows Excel's rules for these (TRUE is 1 in arithmetic, IF evaluates only
 * the branch taken, MID counts from 1); anything else throws, so a formula
 * using more fails the test.
 */
export type Value = number | string | boolean | null;

type Token = { kind: 'num'; value: number } | { kind: 'str'; value: string } | { kind: 'id'; value: string } | { kind: 'op'; value: string };
type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'ref'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'negate'; operand: Node };

const OPERATORS = ['+', '-', '*', '/', '&', '=', '<', '>', '<=', '>=', '<>', '(', ')', ','];

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = formula.startsWith('=') ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (/\d|\./.test(ch)) {
      const m = /^\d*\.?\d+(?:[eE][+-]?\d+)?/.exec(formula.slice(i))!;
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= formula.length) throw new Error(`unterminated text in ${formula}`);
        if (formula[j] === '"' && formula[j + 1] === '"') {
          text += '"';
          j += 2;
        } else if (formula[j] === '"') break;
        else text += formula[j++];
      }
      tokens.push({ kind: 'str', value: text });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))!;
      tokens.push({ kind: 'id', value: m[0] });
      i += m[0].length;
    } else {
      const two = formula.slice(i, i + 2);
      const op = ['<=', '>=', '<>'].includes(two) ? two : ch;
      if (!OPERATORS.includes(op)) throw new Error(`unknown character ${ch} in ${formula}`);
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    }
  }
  return tokens;
}

/** Parses with Excel's precedence: comparison, then &, then + -, then * /, then unary minus. */
function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let p = 0;
  const isOp = (...ops: string[]) => tokens[p]?.kind === 'op' && ops.includes(tokens[p]!.value as string);
  const expect = (op: string) => {
    if (!isOp(op)) throw new Error(`expected ${op} in ${formula}`);
    p++;
  };
  const level = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[p++]!.value as string;
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = tokens[p++];
    if (!t) throw new Error(`unexpected end of ${formula}`);
    if (t.kind === 'num' || t.kind === 'str') return { kind: 'literal', value: t.value };
    if (t.kind === 'op' && t.value === '-') return { kind: 'negate', operand: primary() };
    if (t.kind === 'op' && t.value === '(') {
      const inner = comparison();
      expect(')');
      return inner;
    }
    if (t.kind === 'id' && isOp('(')) {
      p++;
      const args: Node[] = [];
      if (!isOp(')')) {
        args.push(comparison());
        while (isOp(',')) {
          p++;
          args.push(comparison());
        }
      }
      expect(')');
      return { kind: 'call', name: t.value, args };
    }
    if (t.kind === 'id') return { kind: 'ref', name: t.value };
    throw new Error(`unexpected ${t.value} in ${formula}`);
  };
  const product = level(['*', '/'], primary);
  const sum = level(['+', '-'], product);
  const concat = level(['&'], sum);
  const comparison = level(['=', '<>', '<', '>', '<=', '>='], concat);
  const tree = comparison();
  if (p !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return tree;
}

const num = (v: Value): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  throw new Error(`#VALUE!: "${v}" in arithmetic`);
};
const text = (v: Value): string => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
const truthy = (v: Value): boolean => num(v) !== 0;

/** Evaluates `formula`; `lookup` gives a cell's value ("B5") or a name's ("CreditDesk_ControlHoldDays"). */
export function evaluate(formula: string, lookup: (ref: string) => Value): Value {
  const run = (n: Node): Value => {
    switch (n.kind) {
      case 'literal': return n.value;
      case 'ref': return lookup(n.name);
      case 'negate': return -num(run(n.operand));
      case 'binary': {
        const a = run(n.left);
        const b = run(n.right);
        switch (n.op) {
          case '+': return num(a) + num(b);
          case '-': return num(a) - num(b);
          case '*': return num(a) * num(b);
          case '/':
            if (num(b) === 0) throw new Error(`#DIV/0! in ${formula}`);
            return num(a) / num(b);
          case '&': return text(a) + text(b);
          default: {
            if (typeof a === 'string' || typeof b === 'string') throw new Error(`text comparison in ${formula}`);
            const x = num(a);
            const y = num(b);
            return n.op === '=' ? x === y : n.op === '<>' ? x !== y : n.op === '<' ? x < y : n.op === '>' ? x > y : n.op === '<=' ? x <= y : x >= y;
          }
        }
      }
      case 'call': {
        const a = n.args;
        switch (n.name) {
          case 'IF': return truthy(run(a[0]!)) ? run(a[1]!) : a.length > 2 ? run(a[2]!) : false;
          case 'ISNUMBER': return typeof run(a[0]!) === 'number';
          case 'AND': return a.every((x) => truthy(run(x)));
          case 'MOD': {
            const x = num(run(a[0]!));
            const y = num(run(a[1]!));
            return x - y * Math.floor(x / y);
          }
          case 'MID': return text(run(a[0]!)).substr(num(run(a[1]!)) - 1, num(run(a[2]!)));
          default: throw new Error(`function ${n.name} is not one the control formulas may use`);
        }
      }
    }
  };
  return run(parse(formula));
}

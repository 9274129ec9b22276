// Counts the places production code steps around the type checker: `as` casts (not `as const`),
// non-null assertions (`x!`) and `any`. Production = app/, lib/, proxy.ts, instrumentation.ts,
// without tests and generated code. Usage: npx tsx scripts/type-escapes.ts [dir] [--list]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : process.cwd();
const list = process.argv.includes('--list');
const isTest = (p: string) => /\.(test|int\.test)\.tsx?$/.test(p) || p.includes('/__tests__/');

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !isTest(path)) yield path;
  }
}

const counts = { as: 0, nonNull: 0, any: 0 };
const places: string[] = [];
const files = [
  ...['app', 'lib'].flatMap((d) => [...sources(join(root, d))]),
  ...['proxy.ts', 'instrumentation.ts']
    .map((f) => join(root, f))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    }),
];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const at = (node: ts.Node, kind: string) => {
    if (!list) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    places.push(`${kind}\t${relative(root, file)}:${line + 1}\t${node.getText().slice(0, 80).replace(/\s+/g, ' ')}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const')) {
      counts.as++;
      at(node, 'as');
    } else if (ts.isNonNullExpression(node)) {
      counts.nonNull++;
      at(node, '!');
    } else if (node.kind === ts.SyntaxKind.AnyKeyword) {
      counts.any++;
      at(node, 'any');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (list) console.log(places.join('\n'));
console.log(`files ${files.length}  as ${counts.as}  non-null ${counts.nonNull}  any ${counts.any}`);

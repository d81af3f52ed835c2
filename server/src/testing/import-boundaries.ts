import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

// The package and module lines of the repository, as rules on import specifiers:
// - outside server/, the server is reached as `@duaal/server` or one of its package.json `exports`,
//   never by a relative path into server/ nor by `@duaal/server/src/...`;
// - inside server/src, a module folder (modules/<name>/) with an index.ts is entered only through
//   it, through its GraphQL types (`*.graphql.ts`, which the schema and other types build on) or,
//   for test data, its `*-fixture.ts` files.

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Boundaries {
  /** Subpaths `@duaal/server` exports ('.' and e.g. './kpis'). */
  serverExports: readonly string[];
  /** Names of the folders in server/src/modules that have an index.ts. */
  modulesWithEntry: readonly string[];
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every module specifier in the text: `import … from '…'`, `export … from '…'`, `import '…'`, `import('…')`. */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? '');
}

const posix = (p: string) => p.split(sep).join('/');

/** The repository path a relative specifier points at, without the .js/.ts extension. */
function target(file: string, specifier: string): string {
  return posix(join(dirname(file), specifier)).replace(/\.(js|ts|tsx|mjs)$/, '');
}

function moduleOf(path: string): string | null {
  const m = /^server\/src\/modules\/([^/]+)\//.exec(path);
  return m?.[1] ?? null;
}

export function boundaryViolations(files: readonly SourceFile[], boundaries: Boundaries): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const inServer = file.path.startsWith('server/');
    for (const specifier of importSpecifiers(file.text)) {
      if (specifier.startsWith('@duaal/server')) {
        const sub = `.${specifier.slice('@duaal/server'.length)}`;
        if (!boundaries.serverExports.includes(sub)) {
          violations.push({ file: file.path, specifier, rule: 'not one of the exports in server/package.json' });
        }
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const to = target(file.path, specifier);
      if (!inServer) {
        if (to.startsWith('server/')) violations.push({ file: file.path, specifier, rule: 'reaches into server/ by a relative path; use @duaal/server' });
        continue;
      }
      const toModule = moduleOf(`${to}/`);
      if (!toModule || toModule === moduleOf(file.path) || !boundaries.modulesWithEntry.includes(toModule)) continue;
      const inside = to.slice(`server/src/modules/${toModule}/`.length);
      const allowed = inside === 'index' || (!inside.includes('/') && /\.graphql$|-fixture$/.test(inside));
      if (!allowed) violations.push({ file: file.path, specifier, rule: `enters module ${toModule} past its index.ts` });
    }
  }
  return violations;
}

const CODE = /\.(ts|tsx|mts|mjs)$/;
const SKIP = new Set(['node_modules', 'dist', 'artifacts', '.turbo']);

function walk(root: string, folder: string, out: SourceFile[]): void {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(root, path, out);
    else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push({ path, text: readFileSync(join(root, path), 'utf8') });
  }
}

/** The code files of the workspaces and scripts, and the boundaries declared by the server. */
export function readRepository(root = resolve(import.meta.dirname, '../../..')): { files: SourceFile[]; boundaries: Boundaries } {
  const files: SourceFile[] = [];
  for (const folder of ['shared', 'server', 'seeds', 'web', 'scripts']) walk(root, folder, files);
  const pkg = JSON.parse(readFileSync(join(root, 'server/package.json'), 'utf8')) as { exports: Record<string, string> };
  const modules = readdirSync(join(root, 'server/src/modules'), { withFileTypes: true }).filter((e) => e.isDirectory());
  const modulesWithEntry = modules
    .filter((m) => readdirSync(join(root, 'server/src/modules', m.name)).includes('index.ts'))
    .map((m) => m.name);
  return { files, boundaries: { serverExports: Object.keys(pkg.exports), modulesWithEntry } };
}

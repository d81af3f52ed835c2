import { describe, expect, it } from 'vitest';
import { boundaryViolations, importSpecifiers, readRepository, type Boundaries } from './testing/import-boundaries.js';

// Package lines are crossed only through `@duaal/server` and its package.json exports, and a
// server module with an index.ts only through it (testing/import-boundaries.ts states the rules).

// Modules still entered file by file: each gets an index.ts (and leaves this list) when other
// modules start to depend on more than its GraphQL types. A new module starts with an index.ts.
const MODULES_WITHOUT_ENTRY = [
  'agreements',
  'appeals',
  'auth',
  'clock',
  'enterprises',
  'follow-up',
  'geography',
  'live',
  'mentors',
  'partnerships',
  'recognitions',
  'records',
  'report',
  'trainings',
  'work-lists',
];

describe('import boundaries', () => {
  const rules: Boundaries = { serverExports: ['.', './kpis', './testing'], modulesWithEntry: ['kpis'] };

  it('reads static, re-export, side-effect and dynamic imports', () => {
    const text = `import a from './a.js';\nexport { b } from "../b.js";\nimport './c.js';\nconst d = await import('./d.js');`;
    expect(importSpecifiers(text)).toEqual(['./a.js', '../b.js', './c.js', './d.js']);
  });

  it('refuses a relative path into server/ from another package, and a subpath the server does not export', () => {
    const files = [
      { path: 'seeds/src/demo.ts', text: `import { importBundle } from '../../server/src/modules/imports/import-bundle.js';` },
      { path: 'scripts/bench/x.ts', text: `import { computeKpi } from '@duaal/server/src/modules/kpis/kpis.service.js';` },
      { path: 'seeds/src/ok.ts', text: `import { computeKpi } from '@duaal/server/kpis';\nimport { createTestDb } from '@duaal/server/testing';\nimport { x } from '../shared/y.js';` },
    ];
    // The first two break a rule each; the third uses two exports and a path that stays outside server/.
    expect(boundaryViolations(files, rules).map((v) => [v.file, v.rule])).toEqual([
      ['seeds/src/demo.ts', "reaches into server/ by a relative path; use @duaal/server"],
      ['scripts/bench/x.ts', 'not one of the exports in server/package.json'],
    ]);
  });

  it('refuses a module entering another module with an index past it', () => {
    const files = [
      {
        path: 'server/src/modules/recognitions/recognitions.service.ts',
        text: [
          `import { factQuery } from '../kpis/engine/sql.js';`, // internals: refused
          `import { factIds } from '../kpis/index.js';`, // the entry
          `import { ValueStatusEnum } from '../kpis/kpis.graphql.js';`, // its GraphQL types
          `import { scopeCondition } from '../records/access.js';`, // records has no index: not checked
        ].join('\n'),
      },
      { path: 'server/src/cli/report.ts', text: `import { computeKpi } from '../modules/kpis/kpis.service.js';` },
      { path: 'server/src/modules/kpis/kpis.service.ts', text: `import { all } from './engine/sql.js';` }, // inside its own module
      { path: 'server/src/modules/report/report.test.ts', text: `import { buildKpiFixture } from '../kpis/kpi-fixture.js';` },
    ];
    expect(boundaryViolations(files, rules).map((v) => [v.file, v.specifier])).toEqual([
      ['server/src/modules/recognitions/recognitions.service.ts', '../kpis/engine/sql.js'],
      ['server/src/cli/report.ts', '../modules/kpis/kpis.service.js'],
    ]);
  });

  // This file's own examples are not imports.
  const read = readRepository();
  const repository = { ...read, files: read.files.filter((f) => f.path !== 'server/src/import-boundaries.test.ts') };

  it('holds in the repository', () => {
    expect(repository.files.length).toBeGreaterThan(100);
    expect(boundaryViolations(repository.files, repository.boundaries)).toEqual([]);
  });

  it('gives the KPI and import modules an entry, and no new module goes without one', () => {
    expect(repository.boundaries.modulesWithEntry).toEqual(expect.arrayContaining(['imports', 'kpis']));
    const modules = repository.files
      .map((f) => /^server\/src\/modules\/([^/]+)\//.exec(f.path)?.[1])
      .filter((m): m is string => m !== undefined);
    const without = [...new Set(modules)].filter((m) => !repository.boundaries.modulesWithEntry.includes(m)).sort();
    expect(without).toEqual(MODULES_WITHOUT_ENTRY);
  });
});

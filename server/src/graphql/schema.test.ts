import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, renderSchema } from './print-schema.js';

describe('schema.graphql', () => {
  it('is the schema the code builds (run npm run schema:print when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });
});

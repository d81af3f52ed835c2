import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../i18n/messages';

// The methodology page explains each KPI's comparison by its period kind and names its unit: both
// languages must have a text for every value the API can send (server/schema.graphql).

const schema = readFileSync(new URL('../../../../server/schema.graphql', import.meta.url), 'utf8');
const enumValues = (name: string) => {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .replace(/"[^"\n]*"/g, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z_]+$/.test(w))
    .sort();
};

describe('methodology texts', () => {
  it('explain every period kind and unit of the API, in Dutch and in English', () => {
    const kinds = enumValues('KpiPeriodKind');
    expect(kinds).toEqual(['DEADLINES', 'EVENTS', 'PRESENCE', 'SCHOOL_YEAR']);
    expect(Object.keys(nl.methodology.periodKinds).sort()).toEqual(kinds);
    expect(Object.keys(en.methodology.periodKinds).sort()).toEqual(kinds);
    const units = enumValues('KpiUnit');
    expect(units).toEqual(['COUNT', 'DAYS', 'PERCENT']);
    expect(Object.keys(nl.methodology.units).sort()).toEqual(units);
    expect(Object.keys(en.methodology.units).sort()).toEqual(units);
  });

  it('leave no Dutch text in the English mode', () => {
    // Every English text differs from its Dutch one, except the symbols' shared words.
    const pairs = Object.entries(nl.methodology).filter(([, v]) => typeof v === 'string') as [keyof typeof nl.methodology, string][];
    for (const [key, text] of pairs) expect(en.methodology[key], key).not.toBe(text);
    expect(en.methodology.samePeriodShort).toBe('against the same period last year');
  });
});

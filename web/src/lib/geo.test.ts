import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROVINCE_LABELS } from '@duaal/shared';
import { describe, expect, it } from 'vitest';
import { choropleth } from '../features/provinces/map-mapper';
import { municipalityRegions, provinceRegions, SEQUENTIAL, type GeoTopology } from './geo';

const topology = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../seeds/data/geo/belgium-municipalities.topo.json', import.meta.url)), 'utf8'),
) as GeoTopology;

describe('regions from the TopoJSON', () => {
  it('draws the five Flemish provinces and Brussels', () => {
    expect(provinceRegions(topology, PROVINCE_LABELS).map((r) => r.id)).toEqual([
      'WEST_VLAANDEREN',
      'OOST_VLAANDEREN',
      'ANTWERPEN',
      'LIMBURG',
      'VLAAMS_BRABANT',
      'BRUSSEL',
    ]);
  });
  it('keeps the 300 Flemish municipalities and the 19 of Brussels, not Wallonia', () => {
    const regions = municipalityRegions(topology);
    expect(regions).toHaveLength(319);
    expect(regions.filter((r) => r.province === 'BRUSSEL')).toHaveLength(19);
  });
  it('colours regions by value and draws missing ones grey', () => {
    const regions = provinceRegions(topology, PROVINCE_LABELS);
    const model = choropleth(
      regions,
      {
        rows: [
          { keys: [{ dimension: 'PROVINCE', id: 'ANTWERPEN', label: 'Antwerpen' }], value: 100, status: 'OK' },
          { keys: [{ dimension: 'PROVINCE', id: 'LIMBURG', label: 'Limburg' }], value: 10, status: 'OK' },
          { keys: [{ dimension: 'PROVINCE', id: 'BRUSSEL', label: 'Brussel' }], value: null, status: 'SUPPRESSED' },
        ],
        total: { keys: [], value: 110, status: 'OK' },
      },
      640,
      330,
    );
    const byId = Object.fromEntries(model.shapes.map((s) => [s.id, s]));
    expect(byId.ANTWERPEN!.d).toMatch(/^M/);
    expect(byId.ANTWERPEN!.fill).not.toBe(byId.LIMBURG!.fill);
    expect(byId.BRUSSEL!.fill).toBe('#f2f2f2');
    expect(byId.BRUSSEL!.figure.status).toBe('SUPPRESSED');
    expect(byId.WEST_VLAANDEREN!.figure.status).toBe('NOT_APPLICABLE');
    expect([model.min, model.max]).toEqual([10, 100]);
    // Two values: a class from each, 10–99 and 100, coloured by the first two shades.
    expect(model.classes).toEqual([
      { lo: 10, hi: 99 },
      { lo: 100, hi: 100 },
    ]);
    expect([byId.LIMBURG!.fill, byId.ANTWERPEN!.fill]).toEqual([SEQUENTIAL[0], SEQUENTIAL[1]]);
  });
});

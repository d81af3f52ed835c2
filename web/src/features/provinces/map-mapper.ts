import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { SEQUENTIAL, type Region } from '../../lib/geo';
import { groups, type Figure, type KpiResultLike, type KpiUnit } from '../../lib/kpi';
import { mapClasses, type MapClass } from '../../lib/map-classes';

export interface MapShape {
  id: string;
  name: string;
  d: string;
  fill: string;
  figure: Figure;
  centroid: [number, number];
}

export interface MapModel {
  shapes: MapShape[];
  /** The legend's classes, coloured SEQUENTIAL[i]. */
  classes: MapClass[];
  min: number | null;
  max: number | null;
}

export const NO_DATA_FILL = '#f2f2f2';

const NO_DATA: Figure = { value: null, status: 'NOT_APPLICABLE' };

/**
 * Regions + a KPI grouped by PROVINCE or MUNICIPALITY → SVG paths coloured in quantile classes.
 * Regions without a row are drawn grey ("no data"); suppressed ones grey too, with the symbol.
 */
export function choropleth(regions: Region[], result: KpiResultLike | null | undefined, width: number, height: number, unit: KpiUnit = 'COUNT'): MapModel {
  const all = result ? groups(result) : [];
  const byId = new Map(all.map((g) => [g.id, g.current]));
  // Classes from every value shown, the table's rows too (Wallonia is in the table, not on the
  // map): the legend then covers every value the user reads.
  const values = all.flatMap((g) => (g.current.value != null ? [g.current.value] : []));
  const { classes, classOf } = mapClasses(values, unit, 5);
  const fill = (value: number | null) => {
    const i = classOf(value);
    return i === null ? NO_DATA_FILL : SEQUENTIAL[Math.min(i, SEQUENTIAL.length - 1)]!;
  };
  const collection: FeatureCollection = { type: 'FeatureCollection', features: regions.map((r) => r.feature) };
  const projection = geoMercator().fitSize([width, height], collection);
  const path = geoPath(projection);
  return {
    shapes: regions.map((r) => {
      const f = byId.get(r.id) ?? NO_DATA;
      const c = path.centroid(r.feature);
      return { id: r.id, name: r.name, d: path(r.feature) ?? '', fill: fill(f.value), figure: f, centroid: [c[0], c[1]] };
    }),
    classes,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
  };
}

import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { colorFor, quantileBreaks, type Region } from '../../lib/geo';
import { groups, type Figure, type KpiResultLike } from '../../lib/kpi';

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
  breaks: number[];
  min: number | null;
  max: number | null;
}

const NO_DATA: Figure = { value: null, status: 'NOT_APPLICABLE' };

/**
 * Regions + a KPI grouped by PROVINCE or MUNICIPALITY → SVG paths coloured in quantile classes.
 * Regions without a row are drawn grey ("no data"); suppressed ones grey too, with the symbol.
 */
export function choropleth(regions: Region[], result: KpiResultLike | null | undefined, width: number, height: number): MapModel {
  const byId = new Map(result ? groups(result).map((g) => [g.id, g.current]) : []);
  // Classes from the regions drawn only (Wallonia is in the table, not on the map).
  const values = regions.flatMap((r) => {
    const v = byId.get(r.id)?.value;
    return v != null ? [v] : [];
  });
  const breaks = quantileBreaks(values, 5);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: regions.map((r) => r.feature) };
  const projection = geoMercator().fitSize([width, height], collection);
  const path = geoPath(projection);
  return {
    shapes: regions.map((r) => {
      const f = byId.get(r.id) ?? NO_DATA;
      const c = path.centroid(r.feature);
      return { id: r.id, name: r.name, d: path(r.feature) ?? '', fill: colorFor(f.value, breaks), figure: f, centroid: [c[0], c[1]] };
    }),
    breaks,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
  };
}

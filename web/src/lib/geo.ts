import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Province } from '@duaal/shared';
import { provinceOfNis } from './filters';
// Only the file's URL is bundled; the browser fetches it when a map needs it.
import topologyUrl from '../../../seeds/data/geo/belgium-municipalities.topo.json?url';

// Regions drawn on the maps: the five Flemish provinces and Brussels, or their municipalities.
// Provinces are merged from the municipalities by NIS code, so both levels share one source.

export interface MunicipalityProps {
  nis: string;
  name_nl: string;
  population?: number;
}
export type GeoTopology = Topology<{
  municipalities: GeometryCollection<MunicipalityProps>;
  arrondissements: GeometryCollection;
  provinces: GeometryCollection;
}>;

export interface Region {
  id: string;
  name: string;
  province: Province;
  feature: Feature<Geometry, { id: string; name: string }>;
}

export const MAP_PROVINCES: Province[] = ['WEST_VLAANDEREN', 'OOST_VLAANDEREN', 'ANTWERPEN', 'LIMBURG', 'VLAAMS_BRABANT', 'BRUSSEL'];

const inMap = (nis: string): Province | undefined => {
  const p = provinceOfNis(nis);
  return p && p !== 'WALLONIE' ? p : undefined;
};

export function municipalityRegions(topology: GeoTopology): Region[] {
  const collection = feature(topology, topology.objects.municipalities) as FeatureCollection<Geometry, MunicipalityProps>;
  return collection.features.flatMap((f) => {
    const province = inMap(f.properties.nis);
    if (!province) return [];
    return [
      {
        id: f.properties.nis,
        name: f.properties.name_nl,
        province,
        feature: { type: 'Feature', geometry: f.geometry, properties: { id: f.properties.nis, name: f.properties.name_nl } },
      },
    ];
  });
}

const nisOf = (g: { properties?: unknown }): string | undefined => (g.properties as MunicipalityProps | undefined)?.nis;

export function provinceRegions(topology: GeoTopology, labels: Record<Province, string>): Region[] {
  const geometries = topology.objects.municipalities.geometries;
  return MAP_PROVINCES.map((province) => {
    const parts = geometries.filter((g) => {
      const nis = nisOf(g);
      return nis !== undefined && inMap(nis) === province;
    });
    const geometry = merge(topology as unknown as Topology, parts as never) as MultiPolygon;
    return { id: province, name: labels[province], province, feature: { type: 'Feature', geometry, properties: { id: province, name: labels[province] } } };
  });
}

/** Light to dark blue; dark enough at the top for white text and 3:1 against the light end. */
export const SEQUENTIAL = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];

// The classes (and so the colour) of a value: lib/map-classes.ts.

let cached: Promise<GeoTopology> | null = null;
/** The TopoJSON is large: fetched once, when a map or the municipality filter needs it. */
export function loadTopology(): Promise<GeoTopology> {
  cached ??= fetch(topologyUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
      return r.json() as Promise<GeoTopology>;
    })
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}

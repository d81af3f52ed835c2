import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n';
import { SelectControl } from './Controls';

const IndicatorSelectQuery = graphql(`
  query IndicatorSelect {
    kpiCatalog {
      id
      nameNl
      nameEn
      measures {
        id
        nameNl
        nameEn
      }
    }
  }
`);

/** A choice of "KPI.measure" values, labelled with the catalogue's names. */
/** Without `options`, every measure of every KPI in the catalogue. */
export function IndicatorSelect({ value, options, onChange }: { value: string; options?: readonly string[]; onChange: (v: string) => void }) {
  const { t, lang } = useI18n();
  const [{ data }] = useQuery({ query: IndicatorSelectQuery });
  const label = (option: string) => {
    const [kpi, measure] = option.split('.');
    const def = data?.kpiCatalog.find((k) => k.id === kpi);
    if (!def) return option;
    const m = measure ? def.measures.find((x) => x.id === measure) : undefined;
    const name = lang === 'en' ? def.nameEn : def.nameNl;
    return `${kpi} · ${name}${m ? ` · ${lang === 'en' ? m.nameEn : m.nameNl}` : ''}`;
  };
  const all =
    options ??
    (data?.kpiCatalog.flatMap((k) => (k.measures.length > 1 ? k.measures.map((m) => `${k.id}.${m.id}`) : [k.id])) ?? [value]);
  return (
    <SelectControl label={t.kpi.indicator} value={value} options={all.map((o) => ({ value: o, label: label(o) }))} onChange={onChange} />
  );
}

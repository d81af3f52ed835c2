import { useState } from 'react';
import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { ImportHistory } from './components/ImportHistory';
import { UploadForm } from './components/UploadForm';

/** "Gegevens laden" (ADMIN): upload a counter export, then the import history. */
export function ImportPage() {
  const { t } = useI18n();
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <>
      <PageIntro title={t.importData.title} intro={t.importData.intro} />
      <div className="import-layout">
        <UploadForm onImported={() => setRefreshKey((k) => k + 1)} />
        <ImportHistory refreshKey={refreshKey} />
      </div>
    </>
  );
}

import { unzipSync } from 'fflate';
import type { ImportError } from './import-result.js';
import { formatMegabytes, type UploadLimits } from './upload-limits.js';
import { isImportFileName, unknownFileError, type ExportFile } from './read-import-folder.js';

const fileError = (file: string, message: string): ImportError => ({ file, line: 0, field: '(file)', message });
const isZip = (name: string) => name.toLowerCase().endsWith('.zip');

/**
 * The CSV files of an upload: the files themselves, or the entries of one zip. Sizes are checked
 * here, before anything is parsed; a zip's entries are checked on the sizes its directory declares
 * before they are inflated, and again after. Folders inside a zip are refused, so a file can never
 * be taken for another one.
 */
export function unpackUpload(files: ExportFile[], limits: UploadLimits): { files: ExportFile[]; errors: ImportError[] } {
  const zips = files.filter((f) => isZip(f.name));
  if (zips.length > 0 && files.length > 1) {
    return { files: [], errors: [fileError(zips[0]!.name, 'send either one zip or the CSV files, not both')] };
  }
  const errors: ImportError[] = [];
  const plain = zips[0] ? unzip(zips[0], limits, errors) : files;
  let total = 0;
  for (const file of plain) {
    total += file.bytes.byteLength;
    if (/[\\/]/.test(file.name)) errors.push(fileError(file.name, 'is in a folder; put the CSV files at the top level'));
    if (file.bytes.byteLength > limits.maxFileBytes) {
      errors.push(fileError(file.name, `is ${formatMegabytes(file.bytes.byteLength)}; the limit is ${formatMegabytes(limits.maxFileBytes)} per file`));
    }
  }
  if (total > limits.maxUploadBytes) {
    errors.push(fileError(zips[0]?.name ?? '(upload)', `the files hold ${formatMegabytes(total)}; the limit is ${formatMegabytes(limits.maxUploadBytes)} in all`));
  }
  return { files: errors.length > 0 ? [] : plain, errors };
}

function unzip(zip: ExportFile, limits: UploadLimits, errors: ImportError[]): ExportFile[] {
  let declared = 0;
  const inZip = (entry: string, message: string) => errors.push(fileError(entry, `in ${zip.name}: ${message}`));
  try {
    const entries = unzipSync(zip.bytes, {
      filter: (entry) => {
        if (entry.name.includes('/') || entry.name.includes('\\')) {
          inZip(entry.name, 'is in a folder; put the CSV files at the top level of the zip');
          return false;
        }
        if (!isImportFileName(entry.name)) {
          inZip(entry.name, unknownFileError(entry.name).message);
          return false;
        }
        if (entry.originalSize > limits.maxFileBytes) {
          inZip(entry.name, `is ${formatMegabytes(entry.originalSize)} unzipped; the limit is ${formatMegabytes(limits.maxFileBytes)} per file`);
          return false;
        }
        declared += entry.originalSize;
        // Nothing is inflated once the declared sizes pass the limit.
        return errors.length === 0 && declared <= limits.maxUploadBytes;
      },
    });
    if (declared > limits.maxUploadBytes) {
      errors.push(fileError(zip.name, `its files hold ${formatMegabytes(declared)} unzipped; the limit is ${formatMegabytes(limits.maxUploadBytes)} in all`));
    }
    return Object.entries(entries).map(([name, bytes]) => ({ name, bytes }));
  } catch (error) {
    errors.push(fileError(zip.name, `is not a readable zip file (${(error as Error).message})`));
    return [];
  }
}

import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackUpload } from './unpack-upload.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const LIMITS = { maxUploadBytes: 1_000, maxFileBytes: 600 };

describe('unpackUpload', () => {
  it('passes plain CSV files through and takes the entries of one zip', () => {
    const plain = [{ name: 'mentors.csv', bytes: bytes('a,b\n') }];
    expect(unpackUpload(plain, LIMITS)).toEqual({ files: plain, errors: [] });
    const zip = zipSync({ 'mentors.csv': bytes('a,b\n'), 'agreements.csv': bytes('c\n') });
    const { files, errors } = unpackUpload([{ name: 'export.zip', bytes: zip }], LIMITS);
    expect(errors).toEqual([]);
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)]).sort()).toEqual([
      ['agreements.csv', 'c\n'],
      ['mentors.csv', 'a,b\n'],
    ]);
  });

  it('refuses a zip sent with CSV files, an unreadable zip, and files above the limits', () => {
    const zip = zipSync({ 'mentors.csv': bytes('x') });
    expect(unpackUpload([{ name: 'e.zip', bytes: zip }, { name: 'mentors.csv', bytes: bytes('x') }], LIMITS).errors).toEqual([
      { file: 'e.zip', line: 0, field: '(file)', message: 'send either one zip or the CSV files, not both' },
    ]);
    expect(unpackUpload([{ name: 'e.zip', bytes: bytes('not a zip') }], LIMITS).errors[0]).toMatchObject({ file: 'e.zip', message: /not a readable zip/ });
    // 700 bytes > 600 per file.
    expect(unpackUpload([{ name: 'mentors.csv', bytes: new Uint8Array(700) }], LIMITS).errors[0]).toMatchObject({ file: 'mentors.csv', message: /per file/ });
    // 500 + 550 = 1050 > 1000 in all, each below 600.
    const two = [{ name: 'mentors.csv', bytes: new Uint8Array(500) }, { name: 'agreements.csv', bytes: new Uint8Array(550) }];
    expect(unpackUpload(two, LIMITS).errors).toEqual([{ file: '(upload)', line: 0, field: '(file)', message: expect.stringMatching(/in all/) }]);
  });

  it('checks the sizes a zip declares before inflating: 5000 zeros compress to a few bytes', () => {
    const bomb = zipSync({ 'mentors.csv': new Uint8Array(5_000) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(600);
    const { files, errors } = unpackUpload([{ name: 'small.zip', bytes: bomb }], LIMITS);
    expect(files).toEqual([]);
    expect(errors).toEqual([{ file: 'mentors.csv', line: 0, field: '(file)', message: expect.stringMatching(/^in small\.zip: is .* unzipped; the limit is/) }]);
  });
});

// Reads a job's output back for assertions: the manifest, the report, and PDF text per letter.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsvFields } from '../../src/importers/recipients-csv/index.ts';

export interface ManifestRow {
  row: number;
  line: number;
  code: string;
  variant: string;
  language: string;
  file: string;
  page: number;
  pages: number;
  fileSha256: string;
}

export function readManifest(outDir: string): ManifestRow[] {
  const [header, ...lines] = readFileSync(join(outDir, 'manifest.csv'), 'utf8').trimEnd().split('\n');
  const names = parseCsvFields(header ?? '', ',');
  return lines.map((line) => {
    const values = parseCsvFields(line, ',');
    const get = (name: string) => values[names.indexOf(name)] ?? '';
    return {
      row: Number(get('row')),
      line: Number(get('line')),
      code: get('code'),
      variant: get('variant'),
      language: get('language'),
      file: get('file'),
      page: Number(get('page')),
      pages: Number(get('pages')),
      fileSha256: get('file_sha256'),
    };
  });
}

/** The rejections in the validation report; its first line, how the file was read (field `file`), left out. */
export function readReport(outDir: string): { row: number; line: number; field: string }[] {
  const [, ...lines] = readFileSync(join(outDir, 'validation-report.csv'), 'utf8').trimEnd().split('\n');
  return lines
    .map((line) => {
      const [, row, lineNo, field] = parseCsvFields(line, ',');
      return { row: Number(row), line: Number(lineNo), field: field ?? '' };
    })
    .filter((r) => r.field !== 'file');
}

/** The text of one letter (its pages in its file), via pdftotext. */
export function letterText(pdftotext: string, outDir: string, entry: ManifestRow): string {
  return execFileSync(
    pdftotext,
    [
      '-f',
      String(entry.page),
      '-l',
      String(entry.page + entry.pages - 1),
      join(outDir, 'letters', entry.file),
      '-',
    ],
    { encoding: 'utf8' },
  );
}

/** SHA-256 of every output file, by path relative to the folder. */
export function checksums(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

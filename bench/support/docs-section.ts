// Writes one benchmark's section of docs/benchmarks.md between its own markers, leaving the
// other sections as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeBenchSection(name: string, body: string): void {
  const docs = new URL('../../docs/benchmarks.md', import.meta.url);
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body}\n${end}`;
  const current = existsSync(docs)
    ? readFileSync(docs, 'utf8')
    : '# Benchmarks\n\nEach section is written by its benchmark in `bench/`; run `npm run bench`.\n';
  const next = current.includes(start)
    ? current.slice(0, current.indexOf(start)) + section + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docs, next);
  console.log(`wrote the ${name} section of docs/benchmarks.md`);
}

// @vitest-environment node
/**
 * The command line as a user runs it: bad input exits non-zero with a message naming what is wrong; a good
 * article prints { "events": [ … ] }.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    encoding: 'utf8',
    input,
    cwd: process.cwd(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

const OK = ['--published', '2021-04-16', '--url', 'https://www.example.org/a'];
const ARTICLE = 'Russia expels U.S. diplomats\n\nMOSCOW — Russia said on Friday it would expel 10 U.S. diplomats.';

describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints candidate events as JSON for a good article, from a file or standard input', () => {
    const r = run([file('good.txt', ARTICLE), ...OK, '--publisher', 'Example']);
    expect(r.code).toBe(0);
    const { events } = JSON.parse(r.stdout);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      date: '2021-04-16',
      category: 'expulsion',
      actors: ['RU'],
      dateExpression: 'on Friday',
      match: '2021-04-16-russia-announces-countermeasures',
      sources: [{ publisher: 'Example', title: 'Russia expels U.S. diplomats', kind: 'news' }],
    });
    const piped = run(['-', ...OK], ARTICLE);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).events).toHaveLength(1);
  });

  it('rejects bad input with a message naming what is wrong', () => {
    const cases: Array<[string[], RegExp]> = [
      [[file('empty.txt', '  \n'), ...OK], /empty\.txt: the article is empty/],
      [
        [file('bin.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14])), ...OK],
        /bin\.txt is binary \(it contains NUL bytes\)/,
      ],
      [[file('big.txt', 'a '.repeat(2_700_000)), ...OK], /big\.txt is 5\.1 MB, over the 5 MB limit/],
      [
        [file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61])), ...OK],
        /latin1\.txt is not UTF-8 text/,
      ],
      [
        [file('ru.txt', 'Россия в пятницу объявила о высылке десяти американских дипломатов из Москвы.'), ...OK],
        /ru\.txt: .*looks like Russian .*only English/,
      ],
      [[file('a.pdf', ARTICLE), ...OK], /"\.pdf" files are not read/],
      [[join(dir, 'missing.txt'), ...OK], /missing\.txt: cannot be read \(ENOENT\)/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('rejects bad arguments with usage', () => {
    const good = file('good2.txt', ARTICLE);
    const cases: Array<[string[], RegExp]> = [
      [[good, '--url', 'https://x.org'], /--published is missing/],
      [[good, '--published', '2021-04-16'], /--url is missing/],
      [
        [good, '--published', '16/04/2021', '--url', 'https://x.org'],
        /"16\/04\/2021" is not a calendar date: give it as YYYY-MM-DD/,
      ],
      [[good, ...OK, '--colour', 'red'], /unknown option --colour/],
      [[...OK], /no article given/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(message);
    }
  });
});

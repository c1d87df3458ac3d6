// Content files are UTF-8; a file in another encoding is named with its line, a UTF-8 BOM is accepted.
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/lib/content/encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe('decodeContent', () => {
  it('reads UTF-8', () => expect(decodeContent(utf8('title: Über uns\n'))).toEqual({ text: 'title: Über uns\n' }));

  it('drops a UTF-8 byte order mark without a word', () => {
    expect(decodeContent(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: Ä\n')]))).toEqual({ text: '---\ntitle: Ä\n' });
  });

  it('names the first line that is not UTF-8, with the words as the editor wrote them, and how to save the file', () => {
    const result = decodeContent(cp1252('---\ntitle: Kurs\n---\nAlles \u00dcber uns und Gr\u00fc\u00dfe.\n'));
    expect(result).toMatchObject({ line: 4 });
    const problem = 'problem' in result ? result.problem : '';
    expect(problem).toMatch(/^Datei ist nicht in UTF-8 gespeichert \(Zeile 4: „Alles Über uns und/);
    expect(problem).toContain('so speichern Sie sie richtig:');
    expect(problem).toContain('„UTF-8“');
  });

  it('recognises UTF-16 ("Unicode" in Windows editors)', () => {
    const result = decodeContent(Uint8Array.from([0xff, 0xfe, 0x74, 0x00]));
    expect(result).toMatchObject({ line: 1, problem: expect.stringContaining('UTF-16') });
  });
});

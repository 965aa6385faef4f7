import { expect } from '@open-wc/testing';
import { jsonErrorOffset, lineColumn, parseJson } from '../../data-schema/index.js';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, "二"]}')).to.deep.equal({ ok: true, value: { a: [1, '二'] } });
  });

  it('accepts a UTF-8 byte order mark (files saved by Excel and Windows editors)', () => {
    const result = parseJson('\uFEFF{"title": "郡山市"}');
    expect(result).to.deep.equal({ ok: true, value: { title: '郡山市' } });
  });

  it('a BOM inside the text is still an error', () => {
    expect(parseJson('{"a":\uFEFF 1}').ok).to.equal(false);
  });

  const at = (text: string) => {
    const result = parseJson(text);
    expect(result.ok, `${JSON.stringify(text)} should not parse`).to.equal(false);
    return result.ok ? { line: 0, column: 0, message: '' } : { line: result.line, column: result.column, message: result.message };
  };

  it('gives line and column (from 1) of a trailing comma', () => {
    expect(at('{\n  "a": 1,\n  "b": 2,\n}')).to.include({ line: 4, column: 1 });
  });

  it('gives line and column of a missing colon', () => {
    expect(at('{\n  "title" "郡山市"\n}')).to.include({ line: 2, column: 11 });
  });

  it('gives line and column of text after the document', () => {
    expect(at('{"a": 1}\n}')).to.include({ line: 2, column: 1 });
  });

  it('gives line and column of an unclosed array at the end of the text', () => {
    expect(at('[1,\n2')).to.include({ line: 2, column: 2 });
  });

  it('an empty file is at line 1, column 1; a blank one at its end', () => {
    expect(at('')).to.include({ line: 1, column: 1 });
    expect(at('\n\n')).to.include({ line: 3, column: 1 });
  });

  it('keeps the engine message', () => {
    expect(at('{"a" 1}').message).to.be.a('string').and.not.equal('');
  });

  // V8 gives no position for "Unexpected token" errors (Chromium quotes the text only), so
  // parseJson must find the place itself.
  it('gives line and column of an unexpected token in the middle of the text', () => {
    expect(at('{\n  "a": x,\n  "b": 1\n}')).to.include({ line: 2, column: 8 });
    expect(at("{'a': 1}")).to.include({ line: 1, column: 2 });
  });

  it('points at a bad escape, a control character in a string, a bad number, a broken literal', () => {
    expect(at('{"a": "\\q"}')).to.include({ line: 1, column: 9 });
    expect(at('{"a": "x\ny"}')).to.include({ line: 1, column: 9 });
    expect(at('{"a": 01}')).to.include({ line: 1, column: 8 });
    expect(at('[tru]')).to.include({ line: 1, column: 5 });
    expect(at('[1, 2,]')).to.include({ line: 1, column: 7 });
  });

  it('jsonErrorOffset finds nothing wrong in valid JSON (returns the length)', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'x\u00e9\n"'], b: {} });
    expect(jsonErrorOffset(text)).to.equal(text.length);
  });

  // Regression test (fixed): parseJson adds 1 to the offset for the BOM and lineColumn then counts the BOM as a
  // character of line 1, so every column on the first line is one too far (7 here). Editors do
  // not show the BOM: compute line and column on the text without it.
  it('a BOM does not shift the column', () => {
    expect(at('\uFEFF{"a" 1}')).to.include({ line: 1, column: 6 });
  });

  it('lineColumn counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
    expect(lineColumn('ab\r\ncd', 4)).to.deep.equal({ line: 2, column: 1 });
  });
});

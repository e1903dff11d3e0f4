import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSpeechText, firstInvalidUtf8Line, isValidUtf8 } from '@/lib/importer/decode-text';

const TEXT = '下半年力争完成新签约项目签约总额600亿元。';

describe('decodeSpeechText', () => {
  it('reads GBK, as government offices save text', () => {
    expect(decodeSpeechText(iconv.encode(TEXT, 'gbk'))).toEqual({ ok: true, text: TEXT, encoding: 'gb18030' });
  });

  it('reads GB18030 characters outside GBK', () => {
    const text = '𠀀开放';
    expect(decodeSpeechText(iconv.encode(text, 'gb18030'))).toMatchObject({ ok: true, text });
  });

  it('reads UTF-16 with a byte-order mark, as Windows Notepad saves it', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeSpeechText(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeSpeechText(Buffer.from(`\uFEFF${TEXT}`))).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeSpeechText(Buffer.from(TEXT))).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it.each([
    ['PDF', '%PDF-1.7\n'],
    ['Word 97-2003 (.doc) / WPS', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'],
    ['Word (.docx) or another zip file', 'PK\x03\x04'],
  ])('refuses a %s file', (format, header) => {
    expect(decodeSpeechText(Buffer.from(header, 'latin1'))).toEqual({ ok: false, reason: 'binary', format });
  });
});

describe('firstInvalidUtf8Line', () => {
  it('names the line that holds GBK bytes', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: 标题\n'), iconv.encode('正文\n', 'gbk')]);
    expect(isValidUtf8(bytes)).toBe(false);
    expect(firstInvalidUtf8Line(bytes)).toBe(3);
  });
});

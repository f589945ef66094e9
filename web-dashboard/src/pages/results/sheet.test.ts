import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileName, toCsv, toXlsx } from './sheet';

const sheet = { name: 'Журнал 7-А', header: ['Учень', 'Бали'], rows: [['=HYPERLINK("x")', 3.5], ['Іван, "Ваня"', null]] };

describe('gradebook files', () => {
  it('writes CSV with a BOM, quoting, and no formulas', () => {
    expect(toCsv(sheet)).toBe('\uFEFFУчень,Бали\r\n"\'=HYPERLINK(""x"")",3.5\r\n"Іван, ""Ваня""",\r\n');
  });

  it('writes a workbook whose texts are strings, never formulas, and whose blanks are empty', () => {
    const files = unzipSync(toXlsx(sheet));
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t></is></c><c r="B2"><v>3.5</v></c>');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">Іван, &quot;Ваня&quot;</t></is></c></row>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Журнал 7-А"');
  });

  it('names a file with letters, digits, dashes and underscores only', () => {
    expect(fileName('Дроби: 7/А "тест"', 'xlsx')).toBe('Дроби_7_А_тест.xlsx');
    expect(fileName('../..', 'csv')).toBe('export.csv');
  });
});

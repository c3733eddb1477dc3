import { it } from 'vitest';
import { parseDocument } from '../../index';
import { generatedSeeds, realSeeds } from './seeds';
import { declareSize, zipBomb, writeZip, docxEntries } from './zip-tools';

const t = async (name: string, b: Uint8Array) => {
  const t0 = performance.now();
  const r = await parseDocument(b, { fileName: name });
  console.log(name, b.length, (performance.now() - t0).toFixed(0), 'ms', r.ok ? `ok ${Object.keys(r.report.cells).length} cells mt=${r.report.missingTables} mr=${r.report.missingRows.length}` : JSON.stringify(r.error));
};

it('explore', async () => {
  const { huaibei, hongze } = realSeeds();
  await t('hongze', hongze.bytes);
  await t('hongze2', hongze.bytes);
  await t('huaibei', huaibei.bytes);
  let t0 = performance.now();
  const gen = await generatedSeeds(6);
  console.log('gen', gen.length, (performance.now() - t0).toFixed(0));
  for (const g of gen) await t(g.name + ' ' + g.layout, g.bytes);
  t0 = performance.now();
  const bomb = zipBomb(101);
  console.log('bomb built', bomb.length, (performance.now() - t0).toFixed(0));
  await t('bomb', bomb);
  await t('bomb-lie-1mb', declareSize(bomb, 'word/document.xml', 1024 * 1024));
  await t('bomb-lie-0', declareSize(bomb, 'word/document.xml', 0));
  await t('bomb-lie-99mb', declareSize(bomb, 'word/document.xml', 99 * 1024 * 1024));
  const small = zipBomb(30);
  await t('bomb30', small);
  await t('bomb30-lie-50', declareSize(small, 'word/document.xml', 50*1024*1024));
  const docx = gen.find((g) => g.layout === 'docx')!.bytes;
  const es = docxEntries(docx);
  await t('dup', writeZip([...es, ...es.filter((e) => e.name === 'word/document.xml').map((e) => ({ ...e, data: new TextEncoder().encode('<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>') }))]));
  await t('traversal', writeZip(es.map((e) => ({ ...e, name: e.name === 'word/document.xml' ? '../../word/document.xml' : e.name }))));
  await t('abs', writeZip([...es, { name: '/etc/passwd', data: new Uint8Array(10) }, { name: '../../evil', data: new Uint8Array(10) }]));
  const nest = (tag: string, n: number, close: boolean) => new TextEncoder().encode(`<html><body>${`<${tag}>`.repeat(n)}淮北市公安局2022年政府信息公开工作年度报告${close ? `</${tag}>`.repeat(n) : ''}</body></html>`);
  await t('div10k', nest('div', 10000, true));
  await t('div10k-open', nest('div', 10000, false));
  await t('table10k', nest('table', 10000, true));
  await t('table10k-open', nest('table', 10000, false));
  await t('tabletrtd10k', nest('table><tr><td', 10000, false));
  await t('line10M', new TextEncoder().encode('淮北市公安局2022年政府信息公开工作年度报告\n' + '1'.repeat(10_000_000)));
  await t('tabline10M', new TextEncoder().encode('淮北市公安局2022年政府信息公开工作年度报告\n\t' + '1\t'.repeat(5_000_000)));
  await t('html10M', new TextEncoder().encode('<html><body><table><tr><td>' + '1'.repeat(10_000_000) + '</td></tr></table></body></html>'));
  await t('htmlcells', new TextEncoder().encode('<html><body><table>' + '<tr><td>1</td><td>2</td></tr>'.repeat(200_000) + '</table></body></html>'));
}, 300000);

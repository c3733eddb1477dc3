#!/usr/bin/env node
import { Command } from 'commander';
import { generate } from './commands/generate';
import { importInto } from './commands/import';
import { analyseAll } from './commands/parse';

const program = new Command('report')
  .description('Gongkai Lens: read, check and generate 政府信息公开工作年度报告')
  .showHelpAfterError();

program.command('parse')
  .description('parse report files (text, HTML, DOCX, PDF) and check each one')
  .argument('<files...>', 'files or folders')
  .option('--json', 'one JSON object per line')
  .action(async (files: string[], o: { json?: boolean }) => { process.exitCode = await analyseAll(files, { ...o, crossReport: false }); });

program.command('check')
  .description('read a folder recursively, group by agency and year, add the cross-year and duplicate checks')
  .argument('<dirs...>', 'folders or files')
  .option('--json', 'one JSON object per line')
  .action(async (dirs: string[], o: { json?: boolean }) => { process.exitCode = await analyseAll(dirs, { ...o, crossReport: true }); });

program.command('generate')
  .description('write a generated corpus of reports and truth.jsonl')
  .requiredOption('--agencies <n>', 'number of agencies', (v) => Number.parseInt(v, 10))
  .option('--years <range>', 'report years', '2019-2025')
  .option('--seed <seed>', 'seed (same seed, same bytes)', '1')
  .option('--mistake-rate <rate>', 'share of reports with an injected mistake', (v) => Number.parseFloat(v))
  .option('--layouts <list>', 'comma-separated layouts (text,html,docx,pdf)')
  .requiredOption('--out <dir>', 'output folder')
  .action(async (o) => { process.exitCode = await generate(o); });

program.command('import')
  .description('import a folder or zip of reports into the database (the API\'s ingestion)')
  .argument('<paths...>', 'folders, files or zips')
  .action((paths: string[]) => { process.exitCode = importInto(paths); });

program.parseAsync(process.argv).catch((e: Error) => {
  process.stderr.write(`report: ${e.message}\n`);
  process.exitCode = 2;
});

#!/usr/bin/env node
/**
 * gongkai — the command-line tool (`pnpm gongkai <command>`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createOrm, migrate, openDatabase, type DatabaseHandle, type MikroORM } from '@gongkai/db';
import { writeFileSync } from 'node:fs';
import {
  CliError,
  FORMATS,
  batchFiles,
  exportCatalogue,
  exportCatalogueAs,
  importCatalogue,
  onboardFiles,
  parseCatalogueFile,
  summary,
} from './commands.js';
import type { CatalogueFormat } from '@gongkai/exchange';

const HELP = `用法：pnpm gongkai <命令> [参数]

命令：
  import-catalogue <文件> --agency <编码或全称> [--version-label 2025版]
      导入一个目录为新草稿，在一个事务中写入；失败则什么都不写。文件按扩展名识别：
      .txt（PDF 表格复制出的制表符分隔文本）、.xlsx（与导出格式相同的表格）、.json（export-catalogue 的输出）。
  import-catalogue <文件> --dry-run [--json]
      只解析，不连接数据库：打印解析结果和发现的问题（--json 输出 JSON 到标准输出）。
  import-catalogue <文件或 .zip…> --match-agency [--dry-run] [--version-label 2025版] [--government <政府编码>]
      批量导入（政务公开办上线各部门目录）：按标题、文件名或公开主体为每个文件匹配部门，每个文件一行
      （匹配到的部门和理由，或为什么没有匹配）；每个文件在自己的事务中导入为该部门的新草稿。匹配存疑或
      没有匹配的文件不导入（请用 --agency 单独导入）；有文件失败时退出码为 1。--dry-run 只打印匹配结果。
      .zip 先按中央目录检查（最多 200 个文件、单个 20 MB、合计 100 MB）再解压。--government 指定同名部门
      优先归属的人民政府。
  export-catalogue --agency <编码或全称> --json
      以与 --dry-run --json 相同的 JSON 格式输出该机关最新的目录。
  export-catalogue --agency <编码或全称> --format xlsx|docx|csv|json --out <文件>
      把该机关最新的目录写成 Excel（合并单元格同印刷表格）、Word（可打印）、CSV 或 JSON 文件。
  help
      显示本说明。

数据库：设置了 DATABASE_URL 时用它；否则用项目数据目录（GONGKAI_DATA_DIR，默认 .data/）中的嵌入式
PostgreSQL——服务器正在运行时共用它的数据库，没有运行时临时启动一个。`;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function withDatabase<T>(fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  let db: DatabaseHandle | undefined;
  let orm: MikroORM | undefined;
  try {
    db = await openDatabase({
      databaseUrl: process.env.DATABASE_URL,
      dataDir: process.env.GONGKAI_DATA_DIR ?? path.join(repoRoot, '.data'),
      shareRunning: true,
      // stderr: stdout may carry JSON
      onNotice: (message) => console.error(message),
    });
    orm = await createOrm({ clientUrl: db.url });
    await migrate(orm);
    return await fn(orm);
  } finally {
    await orm?.close(true);
    await db?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'version-label': { type: 'string' },
      'match-agency': { type: 'boolean', default: false },
      government: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  switch (command) {
    case 'import-catalogue': {
      if (values['match-agency']) {
        if (positionals.length === 0)
          throw new CliError('缺少要导入的文件：import-catalogue <文件或 .zip…> --match-agency');
        if (values.agency) throw new CliError('--match-agency 按文件匹配部门，不能同时给 --agency');
        const files = await batchFiles(positionals);
        const outcomes = await withDatabase((orm) =>
          onboardFiles(orm, files, {
            dryRun: values['dry-run'],
            versionLabel: values['version-label'],
            governmentCode: values.government,
          }),
        );
        const failed = outcomes.filter((o) => !o.ok).length;
        const verb = values['dry-run'] ? '匹配到部门' : '已导入';
        console.log(
          `共 ${outcomes.length} 个文件：${verb} ${outcomes.length - failed} 个${failed > 0 ? `，失败 ${failed} 个` : ''}`,
        );
        return failed > 0 ? 1 : 0;
      }
      const file = positionals[0];
      if (!file) throw new CliError('缺少要导入的文件：import-catalogue <文件>');
      if (positionals.length > 1)
        throw new CliError('一次导入多个文件请加 --match-agency（按文件匹配部门），或逐个用 --agency 导入');
      if (values['dry-run']) {
        const json = await parseCatalogueFile(file);
        if (values.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        else {
          console.log(summary(json));
          for (const f of json.findings)
            console.log(
              `  [${f.severity === 'INFO' ? '提示' : f.severity === 'WARNING' ? '警告' : '错误'}] ${f.message}`,
            );
        }
        return 0;
      }
      if (!values.agency) throw new CliError('缺少 --agency <编码或全称>（或用 --dry-run 只解析）');
      const { catalogueId, json } = await withDatabase((orm) =>
        importCatalogue(orm, file, values.agency!, values['version-label']),
      );
      if (values.json) process.stdout.write(`${JSON.stringify({ catalogueId, ...json }, null, 2)}\n`);
      else console.log(`已导入 ${summary(json)}\n目录 id：${catalogueId}`);
      return 0;
    }
    case 'export-catalogue': {
      if (!values.agency) throw new CliError('缺少 --agency <编码或全称>');
      if (values.format) {
        const format = values.format as CatalogueFormat;
        if (!FORMATS.includes(format)) throw new CliError(`--format 只能是 ${FORMATS.join('、')}`);
        if (!values.out) throw new CliError('缺少 --out <文件>');
        const body = await withDatabase((orm) => exportCatalogueAs(orm, values.agency!, format));
        writeFileSync(values.out, body);
        console.log(`已写入 ${values.out}（${body.length} 字节）`);
        return 0;
      }
      if (!values.json) throw new CliError('请用 --json，或 --format xlsx|docx|csv|json --out <文件>');
      const json = await withDatabase((orm) => exportCatalogue(orm, values.agency!));
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    default:
      throw new CliError(`未知命令「${command}」。运行 pnpm gongkai help 查看用法。`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (
      e instanceof CliError ||
      (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      console.error(`✖ ${e.message}`);
      process.exit(2);
    }
    console.error(`✖ ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);

import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openProject } from '../scaffold/node-project.ts';
import { describeFlags, planScaffold, SCAFFOLD_KINDS, writeScaffold } from '../scaffold/scaffold.ts';
import { ScaffoldError } from '../scaffold/scaffold-kind.ts';
import { checkProject } from '../validation/check-project.ts';
import { formatDiagnostics } from '../validation/format-diagnostics.ts';

/**
 * `npm run new -- <kind> [--flag value …] [--root DIR]`: creates a correctly placed file
 * with valid front matter or data, then checks it. Exits 1, writing nothing, when the
 * request is wrong or the file exists; `--help` lists kinds, `<kind> --help` its flags.
 */
const [kindName, ...rest] = process.argv.slice(2);

if (kindName === undefined || kindName === '--help' || kindName === '-h') {
  printUsage();
  process.exit(kindName === undefined ? 2 : 0);
}

const options: ParseArgsConfig['options'] = { root: { type: 'string', default: '.' }, help: { type: 'boolean', short: 'h' } };
for (const kind of Object.values(SCAFFOLD_KINDS)) {
  for (const [name, spec] of Object.entries(kind.flags)) options[name] = { type: 'string', multiple: spec.multiple ?? false };
}

try {
  const { values } = parseArgs({ args: rest, options, strict: true, allowPositionals: false });
  const { root, help, ...flags } = values as Record<string, string | string[] | undefined> & { root: string; help?: boolean };
  const kind = SCAFFOLD_KINDS[kindName];
  if (help && kind) {
    console.log(`npm run new -- ${kindName}: ${kind.summary}\n\n${describeFlags(kind).join('\n')}\n\nExample:\n  ${kind.example}`);
    process.exit(0);
  }
  const project = openProject(resolve(root));
  const plan = planScaffold(kindName, flags, project);
  writeScaffold(plan, project);
  console.log(`Created ${plan.file}`);
  const problems = checkProject(resolve(root)).diagnostics.filter((d) => d.file === plan.file);
  if (problems.length > 0) console.log(`\n${formatDiagnostics(problems, 'text')}\n`);
  for (const step of plan.next) console.log(`Next: ${step}`);
} catch (error) {
  if (!(error instanceof ScaffoldError) && !(error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) throw error;
  const help = error instanceof ScaffoldError ? '' : `\n"npm run new -- ${kindName} --help" lists its flags.`;
  console.error(`${error.message}${help}`);
  process.exit(1);
}

function printUsage(): void {
  console.log('npm run new -- <kind> [flags]   creates a new content file with valid front matter or data.\n\nKinds:');
  for (const [name, kind] of Object.entries(SCAFFOLD_KINDS)) console.log(`  ${name.padEnd(10)}${kind.summary}`);
  console.log('\n"npm run new -- <kind> --help" lists its flags. The guide: docs/editing.md.');
}

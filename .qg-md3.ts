import { fromMarkdown } from '/work/main/node_modules/mdast-util-from-markdown/index.js';
const cases: Record<string, string> = {
  quote3000: '>'.repeat(3000) + ' x', quote20000: '>'.repeat(20000) + ' x',
  listSameLine: '- '.repeat(5000) + 'x',
  html: '<div>'.repeat(10000) + 'x', u: '<u>'.repeat(10000) + 'x', emph: '*'.repeat(20000) + 'x' + '*'.repeat(20000),
  links: '['.repeat(20000) + 'x' + '](y)'.repeat(20000),
};
function depth(root: any) { let max = 0; const stack: [any, number][] = [[root, 0]]; while (stack.length) { const [n, d] = stack.pop()!; max = Math.max(max, d); for (const c of n.children ?? []) stack.push([c, d + 1]); } return max; }
for (const [name, md] of Object.entries(cases)) {
  const t = performance.now();
  try { const tree = fromMarkdown(md); console.log(name, Math.round(performance.now() - t), 'ms depth', depth(tree)); } catch (e) { console.log(name, 'THROWS', String(e).slice(0, 80)); }
}

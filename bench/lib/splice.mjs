/**
 * A run of some scenarios (--only) updates RESULTS.md in place: their summary rows and sections are replaced or
 * added, the other scenarios keep the figures of the run that measured them, and a note says what was measured
 * when (on which commit, under which load).
 */

const scenarioOf = (line) => Number(/^\| (\d+) /.exec(line)?.[1] ?? /^## (\d+)\./.exec(line)?.[1] ?? NaN);

function parse(md) {
  const lines = md.split('\n');
  const start = lines.indexOf('## Summary') + 4; // the heading, a blank line, the table's head and rule
  let end = start;
  while (end < lines.length && lines[end].startsWith('| ')) end++;
  const rest = lines.slice(end).join('\n').split(/\n(?=## )/);
  return { head: lines.slice(0, start), rows: lines.slice(start, end), notes: rest[0], sections: rest.slice(1) };
}

/** Replace the items of `scenarios` in `old` by those in `fresh`, each placed where its number puts it. */
function merge(old, fresh, scenarios) {
  const out = old.filter((x) => !scenarios.includes(scenarioOf(x)));
  for (const item of fresh.filter((x) => scenarios.includes(scenarioOf(x)))) {
    const n = scenarioOf(item);
    // An item with no number (the workspaces' section) goes with the numbered one before it: one at the top stays there.
    let at = 0;
    let last = 0;
    for (let i = 0; i < out.length; i++) {
      if (!Number.isNaN(scenarioOf(out[i]))) last = scenarioOf(out[i]);
      if (last <= n) at = i + 1;
    }
    // Equal numbers (several rows of one scenario) keep their order: insert after the ones placed already.
    out.splice(at, 0, item);
  }
  return out;
}

function machineRow(md, name) {
  return new RegExp(`^\\| ${name.replace(/[/]/g, '\\/')} \\| (.*) \\|$`, 'm').exec(md)?.[1] ?? '?';
}

const scenarioList = (list) => `> Scenario${list.length > 1 ? 's' : ''} ${list.join(', ')}`;

export function spliceResults(previous, fresh, scenarios) {
  const old = parse(previous);
  const now = parse(fresh);
  const sorted = [...scenarios].sort((a, b) => a - b);
  const note = `${scenarioList(sorted)} measured on ${machineRow(fresh, 'date')}, commit ${machineRow(fresh, 'commit')}, load average ${machineRow(fresh, 'load average at start / end')} (\`npm run bench -- --only ${sorted.join(',')}\`); the others as the machine table says.`;
  // An earlier note keeps the scenarios this run did not measure again (and goes when none is left).
  const notes = old.notes.split('\n').flatMap((l) => {
    const m = /^> Scenarios? ([\d, ]+) measured on /.exec(l);
    if (!m) return [l];
    const listed = m[1].split(',').map(Number);
    const left = listed.filter((n) => !scenarios.includes(n));
    if (left.length === listed.length) return [l];
    return left.length ? [`${scenarioList(left)} measured on ${l.slice(m[0].length)}`] : [];
  });
  while (notes.length && notes[notes.length - 1] === '') notes.pop();
  // The closing line of the report follows the last section of a run: it stays where the old report has it.
  const sections = now.sections.map((x) => x.replace(/\nSee \[ANALYSIS\.md\].*\n?$/, ''));
  return [...old.head, ...merge(old.rows, now.rows, scenarios), [...notes, '', note, ''].join('\n'), ...merge(old.sections, sections, scenarios)].join('\n');
}
